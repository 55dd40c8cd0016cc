package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A college of a body (État, collectivités territoriales…), in the body's order. */
@Entity
@Table(name = "governance_college")
public class College {

    @Id
    @SequenceGenerator(name = "governance_college_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_college_seq")
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    protected College() {
    }

    public College(long bodyId, String code, String label, int position) {
        this.bodyId = bodyId;
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public void rename(String label, int position) {
        this.label = label;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
