package org.minipy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InterruptibleInputTest {
    @Test
    void anInterruptEndsTheWaitAndTheNextLineGoesToTheNextRead() throws Exception {
        PipedOutputStream typed = new PipedOutputStream();
        InterruptibleInput in = new InterruptibleInput(new PipedInputStream(typed));
        Thread self = Thread.currentThread();
        Thread ctrlC = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            self.interrupt();
        });
        ctrlC.start();
        assertThrows(InterruptedIOException.class, in::read);
        ctrlC.join();
        typed.write("bob\n".getBytes(StandardCharsets.UTF_8));
        typed.flush();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        assertEquals("bob", r.readLine());
        typed.close();
        assertEquals(null, r.readLine());
    }
}
