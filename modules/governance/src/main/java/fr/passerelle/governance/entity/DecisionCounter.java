package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The last decision number given for a body and a year; read under a row lock (see DecisionNumbers). */
@Entity
@Table(name = "governance_decision_counter")
@IdClass(DecisionCounter.Key.class)
public class DecisionCounter {

    @Id
    @Column(name = "body_id")
    private Long bodyId;

    @Id
    @Column(name = "decision_year")
    private Integer year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected DecisionCounter() {
    }

    public DecisionCounter(long bodyId, int year) {
        this.bodyId = bodyId;
        this.year = year;
    }

    /** Never gives a number at or below one already taken, even if decisions were imported with their own. */
    public int next(int highestTaken) {
        lastValue = Math.max(lastValue, highestTaken) + 1;
        return lastValue;
    }

    public int getLastValue() {
        return lastValue;
    }

    /** Composite key (body, year). */
    public static class Key implements Serializable {
        private Long bodyId;
        private Integer year;

        public Key() {
        }

        public Key(Long bodyId, Integer year) {
            this.bodyId = bodyId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bodyId, k.bodyId) && Objects.equals(year, k.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bodyId, year);
        }
    }
}
