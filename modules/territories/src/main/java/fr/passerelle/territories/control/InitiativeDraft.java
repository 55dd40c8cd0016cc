package fr.passerelle.territories.control;

import java.math.BigDecimal;
import java.util.List;

/** What a client sends to write an initiative (API, form, content file); checked by {@link InitiativeDescription}. */
public class InitiativeDraft {

    private String slug;
    private String title;
    private String summary;
    private String status;
    private String startDate;
    private String endDate;
    private List<String> themes;
    private List<String> audiences;
    private String problem;
    private String actions;
    private String whatWorked;
    private String whatStuck;
    private String toSpread;
    private String licence;
    private List<PartnerDraft> partners;
    private List<FundingDraft> funding;
    private List<IndicatorDraft> indicators;
    private List<String> resources;
    private Boolean published;

    /** Lowercase ASCII with hyphens; derived from the title when absent. */
    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    /** A code of {@link fr.passerelle.territories.entity.InitiativeStatus}. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** AAAA-MM-JJ. */
    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    /** AAAA-MM-JJ, on or after the start. */
    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    /** Codes of {@link fr.passerelle.kernel.vocabulary.Theme}. */
    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    /** Codes of {@link fr.passerelle.kernel.vocabulary.Audience}. */
    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    /** Markdown. */
    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    /** What was done; Markdown. */
    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    /** Lesson « ce qui a marché »; Markdown. */
    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    /** Lesson « ce qui a coincé »; Markdown. */
    public String getWhatStuck() {
        return whatStuck;
    }

    public void setWhatStuck(String whatStuck) {
        this.whatStuck = whatStuck;
    }

    /** Lesson « pour essaimer »; Markdown. */
    public String getToSpread() {
        return toSpread;
    }

    public void setToSpread(String toSpread) {
        this.toSpread = toSpread;
    }

    /** An id of {@link fr.passerelle.kernel.vocabulary.Licence}; etalab-2.0 when absent. */
    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public List<PartnerDraft> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerDraft> partners) {
        this.partners = partners;
    }

    public List<FundingDraft> getFunding() {
        return funding;
    }

    public void setFunding(List<FundingDraft> funding) {
        this.funding = funding;
    }

    public List<IndicatorDraft> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorDraft> indicators) {
        this.indicators = indicators;
    }

    /** Slugs of resources of the resource centre. */
    public List<String> getResources() {
        return resources;
    }

    public void setResources(List<String> resources) {
        this.resources = resources;
    }

    /** True to publish now; false or absent keeps (or makes, for editors) a draft. */
    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    /** An organisation and its role. */
    public static class PartnerDraft {
        private String name;
        private String role;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public PartnerDraft() {
        }

        public PartnerDraft(String name, String role) {
            this.name = name;
            this.role = role;
        }
    }

    /** A funding line: source code, what it pays for, amount in euros (two decimals at most). */
    public static class FundingDraft {
        private String source;
        private String label;
        private BigDecimal amount;

        /** A code of {@link fr.passerelle.territories.entity.FundingSource}. */
        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        /** Euros, e.g. 12500.50. */
        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public FundingDraft() {
        }

        public FundingDraft(String source, String label, BigDecimal amount) {
            this.source = source;
            this.label = label;
            this.amount = amount;
        }
    }

    /** A measured indicator: kind code, whole value, unit (must be the kind's), date, source. */
    public static class IndicatorDraft {
        private String kind;
        private BigDecimal value;
        private String unit;
        private String date;
        private String source;

        /** A code of {@link fr.passerelle.territories.entity.IndicatorKind}. */
        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        /** Optional; when given, the kind's unit. */
        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        /** AAAA-MM-JJ. */
        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public IndicatorDraft() {
        }

        public IndicatorDraft(String kind, BigDecimal value, String date, String source) {
            this.kind = kind;
            this.value = value;
            this.date = date;
            this.source = source;
        }
    }
}
