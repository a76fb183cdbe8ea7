package cn.tianshan.launcher;

/** A start-up step failed; the message says which and where its log is. */
final class LaunchException extends RuntimeException {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
