package fr.passerelle.kernel.module;

/** A link in the site header: a French label and an absolute path on this site. */
public record NavigationEntry(String label, String path) {

    public NavigationEntry {
        if (label == null || label.isBlank() || path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("navigation entry needs a label and an absolute path");
        }
    }

    public String getLabel() {
        return label;
    }

    public String getPath() {
        return path;
    }

    /** True when {@code requestPath} is this entry's page or below it. */
    public boolean isCurrent(String requestPath) {
        return requestPath != null && (requestPath.equals(path) || requestPath.startsWith(path + "/"));
    }
}
