package org.matreport.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of matreport that is running, as the build stamped it. */
public final class Version {

    private static final Properties STAMP = read();

    private static final String VERSION = STAMP.getProperty("version", "unknown");

    private Version() {}

    public static String current() {
        return VERSION;
    }

    /** Where users find matreport: its documentation, releases and issues. */
    public static String projectUrl() {
        return STAMP.getProperty("url", "");
    }

    private static Properties read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/matreport/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version stamped into the jar", e);
        }
    }
}
