package fr.passerelle.resources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceType;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceIndexerTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime PUBLISHED = CREATED.plusDays(2);

    private static Resource resource(long id) {
        Resource r = new Resource("pass-numerique", CREATED);
        r.describe("Le Pass numérique", "Mode d'emploi", "Un **carnet** de [chèques](https://exemple.fr) <b>gras</b>",
                ResourceType.GUIDE, Licence.CC_BY_SA_4_0);
        r.classify(List.of(Theme.FORMATION, Theme.FINANCEMENT_PASS_NUMERIQUE), List.of(Audience.ELUS));
        try {
            Field field = Resource.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(r, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    @Test
    void aPublishedResourceIsPublicWithPlainTextBodyAndFrenchFacets() {
        Resource r = resource(42);
        r.publish(PUBLISHED);
        SearchDocument doc = ResourceIndexer.toDocument(r);

        assertEquals("resource", doc.type());
        assertEquals("42", doc.id());
        assertEquals("/ressources/pass-numerique", doc.url());
        assertEquals("Le Pass numérique", doc.title());
        assertEquals("Mode d'emploi", doc.summary());
        assertEquals("Un carnet de chèques gras", doc.body());
        assertEquals(PUBLISHED, doc.date());
        assertTrue(doc.published());
        assertEquals(Set.of("public"), doc.visibility());
        assertEquals(Set.of("Formation des agents et des aidants", "Financement et Pass numérique"),
                doc.facets().get(SearchFacets.THEME));
        assertEquals(Set.of("Élus"), doc.facets().get(SearchFacets.AUDIENCE));
        assertEquals(Set.of("CC BY-SA 4.0"), doc.facets().get(SearchFacets.LICENCE));
        assertFalse(doc.facets().containsKey(SearchFacets.TYPE), "the index sets the type facet from type()");
    }

    @Test
    void aProposalIsSeenByEditorsAdministratorsAndItsProposerOnly() {
        Resource r = resource(7);
        r.proposedBy("3f1c-sujet");
        r.touch(CREATED.plusHours(1));
        SearchDocument doc = ResourceIndexer.toDocument(r);

        assertFalse(doc.published());
        assertEquals(CREATED.plusHours(1), doc.date(), "the last change dates a proposal");
        assertEquals(Set.of("role:editor", "role:admin", "user:3f1c-sujet"), doc.visibility());
    }

    @Test
    void importedProposalWithoutProposerHasOnlyRoleGrantsAndNoEmptyFacets() {
        Resource r = resource(8);
        r.classify(List.of(), List.of());
        SearchDocument doc = ResourceIndexer.toDocument(r);
        assertEquals(Set.of("role:editor", "role:admin"), doc.visibility());
        assertFalse(doc.facets().containsKey(SearchFacets.THEME));
        assertFalse(doc.facets().containsKey(SearchFacets.AUDIENCE));
    }

    @Test
    void idsThatAreNotNumbersFindNothingWithoutAskingTheDatabase() {
        ResourceIndexer indexer = new ResourceIndexer();
        assertEquals(Optional.empty(), indexer.document("pass-numerique"));
        assertEquals(Optional.empty(), indexer.document(null));
        assertEquals("resource", indexer.type());
        assertEquals("Ressource", indexer.label());
    }
}
