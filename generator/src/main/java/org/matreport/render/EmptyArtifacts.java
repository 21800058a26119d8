package org.matreport.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Takes out of each page the artifacts that mark nothing, and compresses the page's content.
 *
 * <p>The renderer opens an artifact (with a property list of its own) around the background and border of every box,
 * and it counts every box as having a background, because it compares a list of background images with "none". Almost
 * all of them are empty: a 10-school pack had about 3,500 empty artifacts out of 5,500 PDF objects, and writing those
 * objects was a good part of saving the file. An empty artifact, {@code /Artifact /PropN BDC} directly followed by
 * {@code EMC}, draws nothing and belongs to no structure element, so removing it and its property list leaves the page
 * and its tagging as they were.
 *
 * <p>The renderer is asked for uncompressed page content (its "test mode", which changes nothing else) so that the
 * content is compressed once, here, after the empty artifacts are gone.
 */
final class EmptyArtifacts {

    private static final byte[] OPEN = "/Artifact /Prop".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = " BDC\nEMC\n".getBytes(StandardCharsets.US_ASCII);

    private EmptyArtifacts() {}

    static void remove(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            List<String> removed = new ArrayList<>();
            if (contents instanceof COSStream stream) {
                rewrite(stream, removed);
            } else if (contents instanceof COSArray streams) {
                for (int i = 0; i < streams.size(); i++) {
                    if (streams.getObject(i) instanceof COSStream stream) {
                        rewrite(stream, removed);
                    }
                }
            }
            forget(page.getResources(), removed);
        }
    }

    /** Rewrites one content stream, compressed, without its empty artifacts; adds their property names to removed. */
    private static void rewrite(COSStream stream, List<String> removed) throws IOException {
        byte[] content;
        try (InputStream in = stream.createInputStream()) {
            content = in.readAllBytes();
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(content.length);
        int from = 0;
        for (int at = find(content, 0); at >= 0; at = find(content, at + 1)) {
            int digits = at + OPEN.length;
            int end = digits;
            while (end < content.length && content[end] >= '0' && content[end] <= '9') {
                end++;
            }
            boolean empty = end > digits && (at == 0 || content[at - 1] == '\n') && startsWith(content, end, CLOSE);
            if (empty) {
                kept.write(content, from, at - from);
                removed.add("Prop" + new String(content, digits, end - digits, StandardCharsets.US_ASCII));
                from = end + CLOSE.length;
                at = from - 1;
            }
        }
        kept.write(content, from, content.length - from);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            kept.writeTo(out);
        }
    }

    private static void forget(PDResources resources, List<String> removed) {
        if (resources == null || removed.isEmpty()) {
            return;
        }
        COSDictionary properties = resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties != null) {
            for (String name : removed) {
                properties.removeItem(COSName.getPDFName(name));
            }
        }
    }

    private static int find(byte[] content, int from) {
        for (int at = from; at <= content.length - OPEN.length; at++) {
            if (startsWith(content, at, OPEN)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, int at, byte[] prefix) {
        if (at + prefix.length > content.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
