package fr.passerelle.territories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an initiative's budget: who pays, what for, how much (in euro cents, exact). */
@Embeddable
public class FundingLine {

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String label;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    protected FundingLine() {
    }

    public FundingLine(FundingSource source, String label, long amountCents) {
        this.source = source.code();
        this.label = label;
        this.amountCents = amountCents;
    }

    public FundingSource getSource() {
        return FundingSource.fromCode(source).orElse(FundingSource.AUTRE);
    }

    public String getLabel() {
        return label;
    }

    public long getAmountCents() {
        return amountCents;
    }

    @Override
    public String toString() {
        return source + " " + label + " " + Euros.format(amountCents);
    }
}
