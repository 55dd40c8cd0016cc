package fr.passerelle.territories.control;

import fr.passerelle.territories.entity.Initiative;

/** Puts a checked description into an initiative, the same way for every way in. */
final class InitiativeContent {

    private InitiativeContent() {
    }

    static void apply(Initiative i, InitiativeDescription d) {
        i.describe(d.title(), d.summary(), d.status(), d.startDate(), d.endDate(), d.licence());
        i.tell(d.problem(), d.actions(), d.whatWorked(), d.whatStuck(), d.toSpread());
        i.classify(d.themes(), d.audiences());
        i.account(d.partners(), d.funding(), d.indicators(), d.resources());
    }
}
