package org.wholeplace.graphql;

/** Input the API refuses, with a message that names the bad value; reaches the client as a BAD_REQUEST error. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
