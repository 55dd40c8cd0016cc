package fr.passerelle.kernel.module;

import java.util.List;

/**
 * What a functional module tells the platform about itself. Implementations are CDI beans, found
 * without being listed anywhere: adding a module is a folder and a dependency of the WAR.
 *
 * <p>The id is reused everywhere the module leaves a trace: {@code /api/<id>}, {@code templates/<id>/},
 * {@code db/migration/<id>/}, {@code content/<id>/} and log lines.
 */
public interface PlatformModule {

    /** Lowercase ASCII with hyphens; also the folder name. */
    String id();

    /** French title, shown to people. */
    String title();

    /** Entries for the site header, in the order they should appear. */
    default List<NavigationEntry> navigation() {
        return List.of();
    }

    /** Position of the module's entries in the header; lower comes first. */
    default int order() {
        return 100;
    }
}
