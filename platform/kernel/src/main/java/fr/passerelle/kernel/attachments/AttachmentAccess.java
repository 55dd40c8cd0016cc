package fr.passerelle.kernel.attachments;

import fr.passerelle.kernel.security.Caller;

/**
 * SPI: the module owning the owner strings that start with {@code "<prefix>:"} decides who may download their
 * files. One CDI bean per module that stores files, found without being listed; an owner whose prefix no bean
 * claims is never served.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class ResourceFiles implements AttachmentAccess {
 *     public String ownerPrefix() { return "resources"; }
 *     public boolean mayRead(String owner, Caller caller) { ... the resource is published, or caller may edit it }
 *     public boolean isPublic(String owner) { ... the resource is published }
 * }
 * }</pre>
 */
public interface AttachmentAccess {

    /** The module id that starts the owner strings, e.g. {@code resources} for {@code resources:resource:42}. */
    String ownerPrefix();

    /** Whether this caller (anonymous or signed in) may download the files of {@code owner}. */
    boolean mayRead(String owner, Caller caller);

    /**
     * Whether anyone may download the files of {@code owner}: shared caches may then keep them
     * ({@code Cache-Control: public}); otherwise only the browser does ({@code private}). Both revalidate every
     * time, so a file whose owner stops being public is no longer served from a cache.
     */
    default boolean isPublic(String owner) {
        return false;
    }
}
