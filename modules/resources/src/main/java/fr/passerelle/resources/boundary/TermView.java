package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.vocabulary.Term;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A vocabulary value as the API shows it: {@code {"code": …, "label": …}}. */
@JsonbPropertyOrder({"code", "label"})
public class TermView {

    private final Term term;

    public TermView(Term term) {
        this.term = term;
    }

    public static List<TermView> of(List<? extends Term> terms) {
        return terms.stream().map(TermView::new).toList();
    }

    public String getCode() {
        return term.code();
    }

    public String getLabel() {
        return term.label();
    }
}
