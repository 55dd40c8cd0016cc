package fr.passerelle.bench;

import java.util.List;
import java.util.Map;

/**
 * The words and facet values synthetic documents are made of: the language of digital inclusion
 * (médiation numérique, aidants, Pass numérique, France services…) and the values the platform's
 * indexers give to its facets.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Document type codes, as the modules' indexers write them, with their share of the documents. */
  static final Map<String, Integer> TYPES = Map.of(
      "resource", 40, "initiative", 25, "event-session", 15, "decision", 10, "meeting", 10);

  static final List<String> TYPE_ORDER = List.of("resource", "initiative", "event-session", "decision", "meeting");

  /** French names of the types, for the facet labels. */
  static final Map<String, String> TYPE_LABELS = Map.of(
      "resource", "Ressource", "initiative", "Initiative", "event-session", "Session d'événement",
      "decision", "Décision", "meeting", "Réunion");

  /** Themes, most frequent first (documents have one to three). */
  static final List<String> THEMES = List.of(
      "Médiation numérique",
      "Accès aux droits",
      "Formation des agents",
      "Accompagnement des publics",
      "Stratégie territoriale",
      "Financement et Pass numérique",
      "Équipement et connectivité",
      "Données et communs");

  /** Audiences, most frequent first (documents have one or two). */
  static final List<String> AUDIENCES = List.of(
      "Agents territoriaux", "Élus", "Médiateurs numériques", "Travailleurs sociaux", "Associations", "Grand public");

  /** Licences, most frequent first (one per document). */
  static final List<String> LICENCES = List.of(
      "Licence Ouverte 2.0", "CC BY 4.0", "CC BY-SA 4.0", "Tous droits réservés", "CC0 1.0", "ODbL");

  /** A région and its départements. */
  record Region(String name, List<String> territories) {}

  /**
   * The 18 régions and their 101 départements: the region and territory facets. A list, not a map:
   * the order must be the same in every run for the documents to be.
   */
  static final List<Region> REGIONS = List.of(
      new Region("Auvergne-Rhône-Alpes", List.of("Ain", "Allier", "Ardèche", "Cantal", "Drôme", "Isère", "Loire",
          "Haute-Loire", "Puy-de-Dôme", "Rhône", "Savoie", "Haute-Savoie")),
      new Region("Bourgogne-Franche-Comté", List.of("Côte-d'Or", "Doubs", "Jura", "Nièvre", "Haute-Saône",
          "Saône-et-Loire", "Yonne", "Territoire de Belfort")),
      new Region("Bretagne", List.of("Côtes-d'Armor", "Finistère", "Ille-et-Vilaine", "Morbihan")),
      new Region("Centre-Val de Loire", List.of("Cher", "Eure-et-Loir", "Indre", "Indre-et-Loire", "Loir-et-Cher",
          "Loiret")),
      new Region("Corse", List.of("Corse-du-Sud", "Haute-Corse")),
      new Region("Grand Est", List.of("Ardennes", "Aube", "Marne", "Haute-Marne", "Meurthe-et-Moselle", "Meuse",
          "Moselle", "Bas-Rhin", "Haut-Rhin", "Vosges")),
      new Region("Hauts-de-France", List.of("Aisne", "Nord", "Oise", "Pas-de-Calais", "Somme")),
      new Region("Île-de-France", List.of("Paris", "Seine-et-Marne", "Yvelines", "Essonne", "Hauts-de-Seine",
          "Seine-Saint-Denis", "Val-de-Marne", "Val-d'Oise")),
      new Region("Normandie", List.of("Calvados", "Eure", "Manche", "Orne", "Seine-Maritime")),
      new Region("Nouvelle-Aquitaine", List.of("Charente", "Charente-Maritime", "Corrèze", "Creuse", "Dordogne",
          "Gironde", "Landes", "Lot-et-Garonne", "Pyrénées-Atlantiques", "Deux-Sèvres", "Vienne", "Haute-Vienne")),
      new Region("Occitanie", List.of("Ariège", "Aude", "Aveyron", "Gard", "Haute-Garonne", "Gers", "Hérault", "Lot",
          "Lozère", "Hautes-Pyrénées", "Pyrénées-Orientales", "Tarn", "Tarn-et-Garonne")),
      new Region("Pays de la Loire", List.of("Loire-Atlantique", "Maine-et-Loire", "Mayenne", "Sarthe", "Vendée")),
      new Region("Provence-Alpes-Côte d'Azur", List.of("Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes",
          "Bouches-du-Rhône", "Var", "Vaucluse")),
      new Region("Guadeloupe", List.of("Guadeloupe")),
      new Region("Martinique", List.of("Martinique")),
      new Region("Guyane", List.of("Guyane")),
      new Region("La Réunion", List.of("La Réunion")),
      new Region("Mayotte", List.of("Mayotte")));

  /** Territories that publish more than the others (large cities and départements). */
  static final List<String> BUSY_TERRITORIES = List.of(
      "Paris", "Nord", "Bouches-du-Rhône", "Rhône", "Gironde", "Haute-Garonne", "Loire-Atlantique",
      "Hauts-de-Seine", "Seine-Saint-Denis", "Hérault", "Bas-Rhin", "Ille-et-Vilaine");

  /** Governance bodies whose members see their working documents. */
  static final List<String> BODIES = List.of(
      "comite-national-inclusion", "comite-de-pilotage-pass-numerique", "reseau-des-hubs", "bureau-des-elus",
      "groupe-formation-agents", "groupe-aidants-connect", "comite-france-services", "groupe-donnees-communs",
      "commission-financement", "groupe-outre-mer", "commission-evaluation", "groupe-tiers-lieux",
      "comite-scientifique", "groupe-accessibilite", "commission-equipement", "groupe-jeunesse",
      "groupe-seniors", "commission-ruralite", "groupe-quartiers", "conseil-des-territoires");

  /** People who may be given a document of their own (a draft shared with its author). */
  static final int USERS = 1000;

  /** What the first words of a title say, per type. */
  static final Map<String, List<String>> TITLE_OPENINGS = Map.of(
      "resource", List.of("Guide pratique :", "Fiche méthode :", "Boîte à outils :", "Tutoriel :", "Kit de déploiement :",
          "Comprendre", "Mieux accompagner", "Financer", "Évaluer", "Organiser"),
      "initiative", List.of("Retour d'expérience :", "Initiative locale :", "Projet pilote :", "Expérimentation :",
          "Développer", "Renforcer", "Mutualiser"),
      "decision", List.of("Décision :", "Délibération :", "Arbitrage :", "Orientation nationale :", "Adopter"),
      "meeting", List.of("Compte rendu :", "Réunion du comité :", "Ordre du jour :", "Séance plénière :"),
      "event-session", List.of("Atelier :", "Table ronde :", "Conférence :", "Session pratique :", "Webinaire :"));

  /**
   * What documents are about: noun phrases, the core of titles and sentences, by theme (in the
   * order of {@link #THEMES}). A document speaks mostly of its own themes.
   */
  static final List<List<String>> TOPICS_BY_THEME = List.of(
      List.of("la médiation numérique", "les conseillers numériques", "un espace public numérique", "les EPN",
          "les permanences numériques", "les tiers-lieux", "les médiathèques", "les ateliers collectifs"),
      List.of("l'accès aux droits", "les démarches en ligne", "la dématérialisation des services publics",
          "les espaces France services", "les maisons de services au public", "FranceConnect",
          "l'e-administration", "les CCAS"),
      List.of("la formation des agents", "la certification Pix", "le diagnostic des compétences numériques",
          "les travailleurs sociaux", "les parcours de formation en ligne", "les référents numériques"),
      List.of("les aidants numériques", "Aidants Connect", "l'accompagnement des seniors", "les jeunes en insertion",
          "les publics éloignés du numérique", "l'autonomie numérique", "le repérage des fragilités numériques"),
      List.of("la stratégie locale d'inclusion numérique", "les collectivités territoriales",
          "la coopération entre intercommunalités", "les hubs territoriaux", "la gouvernance locale",
          "le schéma départemental des usages"),
      List.of("le Pass numérique", "les chèques numériques", "le financement des structures de médiation",
          "les appels à projets", "le cofinancement européen"),
      List.of("le reconditionnement des ordinateurs", "la couverture en très haut débit", "le prêt de tablettes",
          "le numérique responsable", "la cybersécurité des usagers", "l'équipement des ménages"),
      List.of("les données ouvertes", "les communs numériques", "les logiciels libres", "la mesure d'impact",
          "les indicateurs partagés"));

  /** Topics every theme speaks of. */
  static final List<String> GENERAL_TOPICS = List.of(
      "l'illectronisme", "l'inclusion numérique", "la fracture numérique", "la précarité numérique");

  /** Every topic, for the sentences that wander off their document's themes. */
  static final List<String> TOPICS = java.util.stream.Stream.concat(
      TOPICS_BY_THEME.stream().flatMap(List::stream), GENERAL_TOPICS.stream()).toList();

  /** Where or for whom: the end of titles and sentences. */
  static final List<String> SETTINGS = List.of(
      "dans les petites communes", "en milieu rural", "en quartier prioritaire", "pour les élus",
      "avec les associations locales", "auprès des publics fragiles", "dans les zones blanches",
      "à l'échelle intercommunale", "avec le soutien de la préfecture", "en lien avec France services",
      "sur l'ensemble du territoire", "grâce au Pass numérique", "pour les agents d'accueil",
      "dans les bibliothèques", "avec les bailleurs sociaux", "auprès des demandeurs d'emploi",
      "pour les personnes âgées", "dans les lycées professionnels", "en outre-mer", "en montagne");

  /** Who does something, at the start of a sentence. */
  static final List<String> SUBJECTS = List.of(
      "Cette fiche", "Ce retour d'expérience", "La commune", "L'intercommunalité", "Le département", "Le comité",
      "Les médiateurs", "Cette séance", "Le réseau des aidants", "La préfecture", "Le conseil régional",
      "L'association", "Le centre social", "La médiathèque", "Le hub territorial", "L'équipe projet",
      "Le groupe de travail", "La métropole", "Le syndicat mixte", "La caisse d'allocations familiales");

  /** What they do, followed by a topic. */
  static final List<String> VERBS = List.of(
      "présente", "décrit", "analyse", "recense les besoins concernant", "évalue", "finance", "soutient",
      "met en place", "documente", "propose une méthode pour développer", "coordonne", "déploie",
      "mesure les effets sur", "organise des ateliers sur", "forme les équipes sur", "anime un réseau sur",
      "simplifie", "renforce", "cartographie", "expérimente");

  /**
   * The everyday words of administrative French, around which documents speak of their subject:
   * without them, every word of the domain would be in most documents.
   */
  static final List<String> PLAIN_SUBJECTS = List.of(
      "Le rapport", "La réunion", "Le calendrier", "Le budget annuel", "La convention", "Le bilan",
      "Le comité technique", "La démarche", "Le document", "Le partenariat", "L'évaluation", "Le projet",
      "La direction", "Le service", "La mairie", "Le conseil municipal", "La présidente", "Le directeur",
      "Le prestataire", "La coordinatrice", "Le règlement", "L'avenant", "La feuille de route", "Le compte rendu");

  static final List<String> PLAIN_VERBS = List.of(
      "précise", "rappelle", "confirme", "prévoit", "complète", "fixe", "encadre", "prolonge", "modifie",
      "synthétise", "reprend", "valide", "ajuste", "clarifie", "actualise", "examine", "liste", "résume");

  static final List<String> PLAIN_OBJECTS = List.of(
      "les modalités de suivi", "le calendrier des travaux", "la répartition des rôles",
      "les engagements des signataires", "le cadre juridique", "les conditions de participation",
      "les principales étapes", "la liste des participants", "les prochaines échéances", "le plan d'action",
      "les critères d'éligibilité", "le règlement intérieur", "les résultats obtenus", "la méthode retenue",
      "les besoins exprimés", "les points de vigilance", "les retours des habitants", "la charte graphique",
      "les horaires d'ouverture", "les moyens humains", "le montant des subventions", "la durée du marché",
      "les indicateurs de suivi", "la composition du jury", "les pièces justificatives", "le planning des visites");

  static final List<String> PLAIN_ENDINGS = List.of(
      "pour la période à venir", "avant la fin de l'année", "selon les besoins", "dans un souci de transparence",
      "à la demande des partenaires", "conformément à la délibération", "en concertation avec les habitants",
      "au cours du premier semestre", "sous réserve de validation", "dès la rentrée", "lors de la prochaine séance",
      "en cohérence avec le projet de territoire", "dans le respect du budget", "après avis du bureau",
      "pour chaque site", "à titre expérimental");

  /** Sentences with a number in them, as reports have. */
  static final List<String> FIGURES = List.of(
      "En %d, %d personnes ont été accompagnées dans leurs démarches.",
      "Le budget mobilisé atteint %d euros sur %d mois.",
      "Les résultats montrent une hausse de %d %% des démarches réalisées en autonomie après %d ateliers.",
      "Au total, %d agents ont suivi la formation et %d structures ont rejoint le réseau.",
      "Le dispositif a distribué %d Pass numériques à %d bénéficiaires.");

  /** Linking sentences, for body text. */
  static final List<String> LINKS = List.of(
      "Les partenaires se réunissent chaque trimestre pour faire le point.",
      "Un questionnaire permet de repérer les difficultés dès le premier accueil.",
      "Les usagers sont orientés vers le lieu de médiation le plus proche.",
      "La démarche est documentée pour être reprise par d'autres territoires.",
      "Les aidants disposent d'un mandat pour agir en toute sécurité.",
      "Une attention particulière est portée à l'accessibilité des outils.",
      "Les élus ont validé la feuille de route en conseil communautaire.",
      "Le bilan sera présenté lors de la prochaine instance de gouvernance.");
}
