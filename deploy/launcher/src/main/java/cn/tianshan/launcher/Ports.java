package cn.tianshan.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String purpose) {
        if (inUse(port)) {
            throw new LaunchException("port " + port + " (needed for " + purpose
                    + ") is already in use: is another Tianshan still running? Stop it or set the port variable");
        }
    }

    static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return !bindable(port);
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
