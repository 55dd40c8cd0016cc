package fr.passerelle.kernel.content;

/**
 * Imports one module's seed content from {@code content/<moduleId>/}. Implementations are CDI beans and
 * upsert by slug, in a transaction of their own per file, so one bad file never spoils the others.
 */
public interface ContentImporter {

    /** The module whose folder this importer reads. */
    String moduleId();

    /** Files are imported in ascending order of this number, importers of other modules included. */
    default int order() {
        return 100;
    }

    Outcome importFile(ContentFile file);

    enum Outcome { CREATED, UPDATED, UNCHANGED }
}
