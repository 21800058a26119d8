package org.matreport.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.matreport.load.LoadedTrust;
import org.matreport.load.SourceMap;
import org.matreport.model.Profile;
import org.matreport.model.Trust;

/** Trust folders with a logo in them, made at test time: an SVG drawn as text, a PNG drawn with AWT. */
final class Logos {

    static final String SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\">"
                    + "<rect width=\"120\" height=\"40\" fill=\"#1d4f91\"/><circle cx=\"20\" cy=\"20\" r=\"12\" fill=\"#f2c14e\"/>"
                    + "</svg>";

    private Logos() {}

    static LoadedTrust withSvg(Path folder) throws IOException {
        return with(folder, "assets/logo.svg", SVG.getBytes(StandardCharsets.UTF_8));
    }

    static LoadedTrust withPng(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d4f91));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return with(folder, "assets/logo.png", png.toByteArray());
    }

    private static LoadedTrust with(Path folder, String logo, byte[] bytes) throws IOException {
        Files.createDirectories(folder.resolve(logo).getParent());
        Files.write(folder.resolve(logo), bytes);
        Trust base = TestTrusts.northernLights();
        Profile p = base.profile();
        Profile profile =
                new Profile(p.name(), p.companyNumber(), p.period(), p.boardMeeting(), p.revenue(), logo, p.colour());
        Trust trust = TestTrusts.withProfile(base, profile);
        return new LoadedTrust(folder, trust, SourceMap.empty());
    }
}
