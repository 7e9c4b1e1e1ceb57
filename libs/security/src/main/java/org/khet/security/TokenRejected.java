package org.khet.security;

/** A bearer token that cannot be accepted; the message says why, for the 401 problem's detail. */
public class TokenRejected extends Exception {
    public TokenRejected(String message) {
        super(message);
    }
}
