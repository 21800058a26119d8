package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code matreport serve} refuses what it cannot serve by name, with exit code 2 and no stack trace. */
class ServeCommandTest {

    private static final String EXAMPLE = Path.of("..", "example-trust").toString();

    @TempDir
    Path temp;

    @Test
    void refusesAMissingTrustFolder() {
        Cli result = Cli.run("serve", temp.resolve("nowhere").toString(), "--port", "0");
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("nowhere does not exist or is not a folder"), result.err());
        assertFalse(result.all().contains("\tat "), result.all());
    }

    @Test
    void refusesAPortOutOfRange() {
        Cli result = Cli.run("serve", EXAMPLE, "--port", "70000");
        assertEquals(Main.INVALID, result.exitCode(), result.all());
        assertTrue(result.err().contains("--port must be between 0 and 65535, not 70000"), result.err());
    }

    @Test
    void refusesAPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            Cli result = Cli.run("serve", EXAMPLE, "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(Main.INVALID, result.exitCode(), result.all());
            assertTrue(result.err().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), result.err());
            assertTrue(result.err().contains("choose another with --port"), result.err());
        }
    }
}
