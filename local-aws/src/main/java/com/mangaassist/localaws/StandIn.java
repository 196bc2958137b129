package com.mangaassist.localaws;

import java.net.URI;

/**
 * One AWS-compatible stand-in of the local stack, bound to loopback on a port chosen free at start.
 * {@link #close()} stops it and every child process it started; it is safe to call twice.
 */
public interface StandIn extends AutoCloseable {

    /** Short name used in logs and in the endpoint map, for example {@code dynamodb}. */
    String name();

    /** Starts the stand-in and blocks until it accepts requests. */
    void start() throws Exception;

    /** The base URI clients use, valid after {@link #start()}. */
    URI endpoint();

    @Override
    void close();
}
