package com.mangaassist.localaws.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.java_websocket.WebSocketAdapter;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.WebSocketServerFactory;
import org.java_websocket.drafts.Draft;

/**
 * A client socket whose upgrade can be refused with a chosen HTTP status.
 *
 * <p>Java-WebSocket answers every refused handshake with {@code 404}; API Gateway answers with the status of the
 * $connect integration (401, 403, 502...). Once {@link #reject} is called, the library's own refusal is replaced on the
 * wire by the chosen response, and nothing else is written.
 */
final class RejectableChannel implements ByteChannel {

    private final SocketChannel delegate;
    private volatile ByteBuffer rejection;

    RejectableChannel(SocketChannel delegate) {
        this.delegate = delegate;
    }

    /** Makes the next write the given status instead of whatever the library queued. */
    void reject(int status, String reason) {
        String body = "{\"message\":\"" + reason + "\"}";
        String response = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "Connection: close\r\n"
                + "\r\n"
                + body;
        rejection = ByteBuffer.wrap(response.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return delegate.read(dst);
    }

    /** Only the selector thread writes; a refused socket swallows the library's bytes once its own are out. */
    @Override
    public int write(ByteBuffer src) throws IOException {
        ByteBuffer replacement = rejection;
        if (replacement == null) {
            return delegate.write(src);
        }
        if (replacement.hasRemaining()) {
            delegate.write(replacement);
            if (replacement.hasRemaining()) {
                return 0;
            }
        }
        int swallowed = src.remaining();
        src.position(src.limit());
        return swallowed;
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    /** Wraps every accepted socket so that its handshake can be refused with a status. */
    static final class Factory implements WebSocketServerFactory {

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter adapter, Draft draft) {
            return new WebSocketImpl(adapter, draft);
        }

        @Override
        public WebSocketImpl createWebSocket(WebSocketAdapter adapter, List<Draft> drafts) {
            return new WebSocketImpl(adapter, drafts);
        }

        @Override
        public ByteChannel wrapChannel(SocketChannel channel, SelectionKey key) {
            return new RejectableChannel(channel);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
