package org.tandem.incontainer;

/** What a call made through {@link ActingAs} threw, as its cause. */
public class CallFailed extends Exception {

    public CallFailed(Exception cause) {
        super(cause);
    }
}
