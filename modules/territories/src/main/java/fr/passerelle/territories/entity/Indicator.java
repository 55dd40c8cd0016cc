package fr.passerelle.territories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A measured result of an initiative: a whole number of the kind's unit, at a date, from a named source. */
@Embeddable
public class Indicator {

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private long amount;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(nullable = false)
    private String source;

    protected Indicator() {
    }

    public Indicator(IndicatorKind kind, long amount, LocalDate measuredOn, String source) {
        this.kind = kind.code();
        this.amount = amount;
        this.measuredOn = measuredOn;
        this.source = source;
    }

    /** Null for a code no longer known (left out of sums). */
    public IndicatorKind getKind() {
        return IndicatorKind.fromCode(kind).orElse(null);
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return kind + " " + amount + " au " + measuredOn + " (" + source + ")";
    }
}
