package energy.mwolo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void handsOutDistinctPortsBelowTheEphemeralRange() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = Loopback.freePort();
            assertThat(port).isBetween(15_000, 32_767);
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
        int last = Loopback.freePort();
        try (ServerSocket socket = new ServerSocket(last, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(last);
        }
    }

    @Test
    void skipsPortsSomeoneListensOn() throws IOException {
        int before = Loopback.freePort();
        List<ServerSocket> taken = new ArrayList<>();
        Set<Integer> takenPorts = new HashSet<>();
        try {
            for (int port = before + 1; port <= before + 3; port++) {
                if (Loopback.isFree(port)) {
                    taken.add(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()));
                    takenPorts.add(port);
                }
            }
            int next = Loopback.freePort();
            assertThat(next).isNotIn(takenPorts).isNotEqualTo(before);
            assertThat(Loopback.isFree(next)).isTrue();
        } finally {
            for (ServerSocket socket : taken) {
                socket.close();
            }
        }
    }
}
