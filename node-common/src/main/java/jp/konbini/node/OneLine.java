package jp.konbini.node;

/** The one line a person sees for a failure: the root cause's kind and message, no stack trace. */
public final class OneLine {
    private OneLine() {
    }

    public static String of(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }
}
