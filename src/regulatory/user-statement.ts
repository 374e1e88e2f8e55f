// The statement of reasons the person concerned receives (DSA Art 17(3); shared/research/legal.md
// §7.1), in their language. Built from the same restriction and mapping as the TDB statement, so the
// two never disagree; unlike it, this one may name the decision and the appeal link.
import type { Restriction } from './restrictions.ts';
import { DEFAULT_ODS_URL, DEFAULT_TERMS_CLAUSE, buildTdbStatement, type OperatorTerms } from './tdb-statement.ts';
import { EEA_COUNTRIES } from './tdb-schema.ts';

export const STATEMENT_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type StatementLanguage = (typeof STATEMENT_LANGUAGES)[number];

export function isStatementLanguage(value: string): value is StatementLanguage {
  return (STATEMENT_LANGUAGES as readonly string[]).includes(value);
}

export interface UserStatement {
  puid: string;
  decisionId?: string;
  caseNumber?: string;
  language: StatementLanguage;
  /** Art 17(1)(a)-(d). */
  restriction: { kind: Restriction['kind']; type: string; description: string };
  territorialScope: string[];
  start: string;
  end: string | null;
  /** Art 17(3)(b). */
  facts: string;
  source: { type: Restriction['sourceType']; description: string };
  /** Art 17(3)(c). */
  automation: { detection: boolean; decision: Restriction['automatedDecision']; description: string };
  /** Art 17(3)(d). */
  legalGround: { citation: string; explanation: string } | null;
  /** Art 17(3)(e). */
  contractualGround: { clause: string; url: string | null; explanation: string } | null;
  /** Art 17(3)(f), Art 20 and 21. */
  redress: { internalComplaintUrl: string | null; complaintDeadline: string; outOfCourtBodiesUrl: string; judicial: string };
  /** The whole statement as text in `language`. */
  text: string;
}

interface Messages {
  title: string;
  kinds: Record<Restriction['kind'], string>;
  types: Record<Restriction['kind'], string>;
  scopeEea: string;
  scopeOne: (country: string) => string;
  indefinite: string;
  until: (date: string) => string;
  sources: Record<Restriction['sourceType'], string>;
  found: Record<string, string>;
  foundIntro: string;
  unavailable: string;
  automation: Record<Restriction['automatedDecision'], string>;
  detectionYes: string;
  detectionNo: string;
  legalIntro: string;
  contractIntro: string;
  contractExplanation: string;
  redressIntro: string;
  complaint: (url: string | null, deadline: string) => string;
  ods: (url: string) => string;
  judicial: string;
  labels: { restriction: string; scope: string; duration: string; facts: string; source: string; automation: string; ground: string; redress: string; reference: string };
}

const MESSAGES: Record<StatementLanguage, Messages> = {
  en: {
    title: 'Statement of reasons',
    kinds: {
      upload_blocked: 'The image you uploaded was refused: it was not processed, stored or shown.',
      output_blocked: 'The result of your edit was withheld: it was not delivered, stored or shown.',
      takedown: 'Images identified in a notice were taken down and will be refused if uploaded again.',
      account: 'Your account was restricted.',
      refusal: 'Your request was refused before any image was generated.',
    },
    types: { upload_blocked: 'Access to content disabled', output_blocked: 'Access to content disabled', takedown: 'Content removed', account: 'Account restriction', refusal: 'Request refused' },
    scopeEea: 'Everywhere the service is offered (including every EU and EEA country)',
    scopeOne: (c) => `Territory: ${c}`,
    indefinite: 'Without end date',
    until: (d) => `Until ${d}`,
    sources: {
      voluntary: 'Our own automated checks (not a notice from anyone).',
      article_16: 'A notice of illegal content (DSA Art 16).',
      trusted_flagger: 'A notice from a trusted flagger (DSA Art 22).',
      other_notification: 'A notification from a public authority.',
    },
    found: {
      undress: 'removal or reduction of clothing',
      sexual: 'sexual or nude content',
      suggestive: 'revealing content',
      minor: 'a person who may be a minor',
      real_person: 'a real, identifiable person',
      known_image: 'a match with a list of known images',
      consent_claim: 'a claim of consent (a claim in a request grants nothing)',
    },
    foundIntro: 'Our checks found',
    unavailable: 'A required check could not run because of a technical failure on our side, not because of anything found in your content. We refuse what we cannot check; you may try again later.',
    automation: {
      fully: 'The decision was taken by automated means, without a person.',
      partially: 'Automated means detected it and a person confirmed the decision.',
      not_automated: 'A person took the decision.',
    },
    detectionYes: 'The content was detected by automated means.',
    detectionNo: 'The content was not detected by automated means.',
    legalIntro: 'Legal ground',
    contractIntro: 'Ground in our terms of use',
    contractExplanation: 'The content is not allowed under our terms of use.',
    redressIntro: 'How to contest this decision',
    complaint: (u, d) => (u ? `Complain to us, free of charge, until ${d}: ${u}` : `Complain to us, free of charge, until ${d}, through the service's complaint channel.`),
    ods: (u) => `Ask a certified out-of-court dispute settlement body (DSA Art 21): ${u}`,
    judicial: 'You may also bring the matter before a court of your country.',
    labels: {
      restriction: 'Restriction',
      scope: 'Scope',
      duration: 'Duration',
      facts: 'Facts and circumstances',
      source: 'What started it',
      automation: 'Automated means',
      ground: 'Ground',
      redress: 'Redress',
      reference: 'Reference',
    },
  },
  fr: {
    title: 'Exposé des motifs',
    kinds: {
      upload_blocked: "L'image que vous avez envoyée a été refusée : elle n'a été ni traitée, ni conservée, ni montrée.",
      output_blocked: "Le résultat de votre retouche a été retenu : il n'a été ni livré, ni conservé, ni montré.",
      takedown: 'Les images désignées par un signalement ont été retirées et seront refusées si elles sont envoyées de nouveau.',
      account: 'Votre compte a été restreint.',
      refusal: "Votre demande a été refusée avant qu'aucune image ne soit générée.",
    },
    types: { upload_blocked: 'Accès au contenu désactivé', output_blocked: 'Accès au contenu désactivé', takedown: 'Contenu retiré', account: 'Restriction du compte', refusal: 'Demande refusée' },
    scopeEea: "Partout où le service est proposé (y compris dans tous les pays de l'UE et de l'EEE)",
    scopeOne: (c) => `Territoire : ${c}`,
    indefinite: 'Sans date de fin',
    until: (d) => `Jusqu'au ${d}`,
    sources: {
      voluntary: 'Nos propres contrôles automatisés (pas un signalement).',
      article_16: 'Un signalement de contenu illicite (article 16 du DSA).',
      trusted_flagger: "Un signalement d'un signaleur de confiance (article 22 du DSA).",
      other_notification: "Une notification d'une autorité publique.",
    },
    found: {
      undress: 'le retrait ou la réduction de vêtements',
      sexual: 'un contenu sexuel ou de nudité',
      suggestive: 'un contenu dénudé',
      minor: 'une personne qui pourrait être mineure',
      real_person: 'une personne réelle et identifiable',
      known_image: "une correspondance avec une liste d'images connues",
      consent_claim: "une affirmation de consentement (une affirmation dans une demande n'accorde rien)",
    },
    foundIntro: 'Nos contrôles ont relevé',
    unavailable:
      "Un contrôle nécessaire n'a pas pu s'exécuter en raison d'une panne technique de notre côté, et non à cause de votre contenu. Nous refusons ce que nous ne pouvons pas contrôler ; vous pouvez réessayer plus tard.",
    automation: {
      fully: 'La décision a été prise par des moyens automatisés, sans intervention humaine.',
      partially: 'Des moyens automatisés ont détecté le contenu et une personne a confirmé la décision.',
      not_automated: 'Une personne a pris la décision.',
    },
    detectionYes: 'Le contenu a été détecté par des moyens automatisés.',
    detectionNo: "Le contenu n'a pas été détecté par des moyens automatisés.",
    legalIntro: 'Fondement juridique',
    contractIntro: "Fondement dans nos conditions d'utilisation",
    contractExplanation: "Le contenu n'est pas autorisé par nos conditions d'utilisation.",
    redressIntro: 'Comment contester cette décision',
    complaint: (u, d) => (u ? `Réclamation gratuite auprès de nous jusqu'au ${d} : ${u}` : `Réclamation gratuite auprès de nous jusqu'au ${d}, par le canal de réclamation du service.`),
    ods: (u) => `Saisir un organisme certifié de règlement extrajudiciaire des litiges (article 21 du DSA) : ${u}`,
    judicial: 'Vous pouvez aussi saisir une juridiction de votre pays.',
    labels: {
      restriction: 'Restriction',
      scope: 'Portée',
      duration: 'Durée',
      facts: 'Faits et circonstances',
      source: 'Origine',
      automation: 'Moyens automatisés',
      ground: 'Fondement',
      redress: 'Voies de recours',
      reference: 'Référence',
    },
  },
  de: {
    title: 'Begründung',
    kinds: {
      upload_blocked: 'Das von Ihnen hochgeladene Bild wurde abgelehnt: Es wurde weder verarbeitet noch gespeichert noch angezeigt.',
      output_blocked: 'Das Ergebnis Ihrer Bearbeitung wurde zurückgehalten: Es wurde weder ausgeliefert noch gespeichert noch angezeigt.',
      takedown: 'In einer Meldung bezeichnete Bilder wurden entfernt und werden bei erneutem Hochladen abgelehnt.',
      account: 'Ihr Konto wurde eingeschränkt.',
      refusal: 'Ihre Anfrage wurde abgelehnt, bevor ein Bild erzeugt wurde.',
    },
    types: { upload_blocked: 'Zugang zum Inhalt gesperrt', output_blocked: 'Zugang zum Inhalt gesperrt', takedown: 'Inhalt entfernt', account: 'Kontoeinschränkung', refusal: 'Anfrage abgelehnt' },
    scopeEea: 'Überall, wo der Dienst angeboten wird (einschließlich aller Staaten der EU und des EWR)',
    scopeOne: (c) => `Gebiet: ${c}`,
    indefinite: 'Ohne Enddatum',
    until: (d) => `Bis ${d}`,
    sources: {
      voluntary: 'Unsere eigenen automatisierten Prüfungen (keine Meldung).',
      article_16: 'Eine Meldung rechtswidriger Inhalte (Art. 16 DSA).',
      trusted_flagger: 'Eine Meldung eines vertrauenswürdigen Hinweisgebers (Art. 22 DSA).',
      other_notification: 'Eine Mitteilung einer Behörde.',
    },
    found: {
      undress: 'das Entfernen oder Verringern von Kleidung',
      sexual: 'sexuelle Inhalte oder Nacktheit',
      suggestive: 'freizügige Inhalte',
      minor: 'eine möglicherweise minderjährige Person',
      real_person: 'eine reale, identifizierbare Person',
      known_image: 'eine Übereinstimmung mit einer Liste bekannter Bilder',
      consent_claim: 'eine Behauptung der Einwilligung (eine Behauptung in einer Anfrage gewährt nichts)',
    },
    foundIntro: 'Unsere Prüfungen ergaben',
    unavailable:
      'Eine erforderliche Prüfung konnte wegen eines technischen Fehlers auf unserer Seite nicht laufen, nicht wegen Ihres Inhalts. Wir lehnen ab, was wir nicht prüfen können; Sie können es später erneut versuchen.',
    automation: {
      fully: 'Die Entscheidung wurde automatisiert getroffen, ohne einen Menschen.',
      partially: 'Automatisierte Mittel haben den Inhalt erkannt und ein Mensch hat die Entscheidung bestätigt.',
      not_automated: 'Ein Mensch hat die Entscheidung getroffen.',
    },
    detectionYes: 'Der Inhalt wurde mit automatisierten Mitteln erkannt.',
    detectionNo: 'Der Inhalt wurde nicht mit automatisierten Mitteln erkannt.',
    legalIntro: 'Rechtsgrundlage',
    contractIntro: 'Grundlage in unseren Nutzungsbedingungen',
    contractExplanation: 'Der Inhalt ist nach unseren Nutzungsbedingungen nicht erlaubt.',
    redressIntro: 'Wie Sie diese Entscheidung anfechten können',
    complaint: (u, d) => (u ? `Kostenlose Beschwerde bei uns bis ${d}: ${u}` : `Kostenlose Beschwerde bei uns bis ${d} über den Beschwerdeweg des Dienstes.`),
    ods: (u) => `Eine zertifizierte außergerichtliche Streitbeilegungsstelle anrufen (Art. 21 DSA): ${u}`,
    judicial: 'Sie können die Sache auch vor ein Gericht Ihres Landes bringen.',
    labels: {
      restriction: 'Beschränkung',
      scope: 'Geltungsbereich',
      duration: 'Dauer',
      facts: 'Tatsachen und Umstände',
      source: 'Anlass',
      automation: 'Automatisierte Mittel',
      ground: 'Grundlage',
      redress: 'Rechtsbehelfe',
      reference: 'Referenz',
    },
  },
  es: {
    title: 'Declaración de motivos',
    kinds: {
      upload_blocked: 'La imagen que subió fue rechazada: no se procesó, no se guardó ni se mostró.',
      output_blocked: 'El resultado de su edición fue retenido: no se entregó, no se guardó ni se mostró.',
      takedown: 'Las imágenes indicadas en una notificación fueron retiradas y se rechazarán si se suben de nuevo.',
      account: 'Su cuenta ha sido restringida.',
      refusal: 'Su solicitud fue rechazada antes de generar ninguna imagen.',
    },
    types: {
      upload_blocked: 'Acceso al contenido inhabilitado',
      output_blocked: 'Acceso al contenido inhabilitado',
      takedown: 'Contenido retirado',
      account: 'Restricción de la cuenta',
      refusal: 'Solicitud rechazada',
    },
    scopeEea: 'Allí donde se ofrece el servicio (incluidos todos los países de la UE y del EEE)',
    scopeOne: (c) => `Territorio: ${c}`,
    indefinite: 'Sin fecha de fin',
    until: (d) => `Hasta el ${d}`,
    sources: {
      voluntary: 'Nuestros propios controles automatizados (no una notificación).',
      article_16: 'Una notificación de contenido ilícito (artículo 16 de la DSA).',
      trusted_flagger: 'Una notificación de un alertador fiable (artículo 22 de la DSA).',
      other_notification: 'Una notificación de una autoridad pública.',
    },
    found: {
      undress: 'la eliminación o reducción de ropa',
      sexual: 'contenido sexual o desnudez',
      suggestive: 'contenido insinuante',
      minor: 'una persona que podría ser menor de edad',
      real_person: 'una persona real e identificable',
      known_image: 'una coincidencia con una lista de imágenes conocidas',
      consent_claim: 'una afirmación de consentimiento (una afirmación en una solicitud no concede nada)',
    },
    foundIntro: 'Nuestros controles encontraron',
    unavailable: 'Un control necesario no pudo ejecutarse por un fallo técnico de nuestra parte, no por su contenido. Rechazamos lo que no podemos comprobar; puede intentarlo más tarde.',
    automation: {
      fully: 'La decisión se tomó por medios automatizados, sin intervención humana.',
      partially: 'Medios automatizados detectaron el contenido y una persona confirmó la decisión.',
      not_automated: 'Una persona tomó la decisión.',
    },
    detectionYes: 'El contenido se detectó por medios automatizados.',
    detectionNo: 'El contenido no se detectó por medios automatizados.',
    legalIntro: 'Fundamento jurídico',
    contractIntro: 'Fundamento en nuestras condiciones de uso',
    contractExplanation: 'El contenido no está permitido por nuestras condiciones de uso.',
    redressIntro: 'Cómo impugnar esta decisión',
    complaint: (u, d) => (u ? `Reclamación gratuita ante nosotros hasta el ${d}: ${u}` : `Reclamación gratuita ante nosotros hasta el ${d}, por el canal de reclamaciones del servicio.`),
    ods: (u) => `Acudir a un órgano certificado de resolución extrajudicial de litigios (artículo 21 de la DSA): ${u}`,
    judicial: 'También puede acudir a un tribunal de su país.',
    labels: {
      restriction: 'Restricción',
      scope: 'Ámbito',
      duration: 'Duración',
      facts: 'Hechos y circunstancias',
      source: 'Origen',
      automation: 'Medios automatizados',
      ground: 'Fundamento',
      redress: 'Vías de recurso',
      reference: 'Referencia',
    },
  },
};

/** Art 20(1): complaints are possible for at least six months after the person is informed. */
export function complaintDeadline(appliedAt: string): string {
  const d = new Date(appliedAt);
  d.setUTCMonth(d.getUTCMonth() + 6);
  return d.toISOString().slice(0, 10);
}

/** The user-facing statement of a restriction in `language` (the restriction's own, else English). */
export function buildUserStatement(r: Restriction, terms: OperatorTerms = {}, language?: string): UserStatement {
  const lang: StatementLanguage = [language, r.language, 'en'].find((l): l is StatementLanguage => l !== undefined && isStatementLanguage(l))!;
  const m = MESSAGES[lang];
  const tdb = buildTdbStatement(r, terms);
  const scope = tdb.territorial_scope ?? [];
  const found = r.categories.flatMap((c) => (m.found[c] ? [m.found[c]] : []));
  const facts =
    [r.checkUnavailable ? m.unavailable : found.length ? `${m.foundIntro}: ${found.join('; ')}.` : '', r.sourceType === 'voluntary' ? '' : m.sources[r.sourceType]].filter(Boolean).join(' ') ||
    m.kinds[r.kind];
  const illegal = tdb.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const appealUrl = terms.appealUrl && r.decisionId ? terms.appealUrl.replace('{decisionId}', encodeURIComponent(r.decisionId)) : (terms.appealUrl ?? null);
  const deadline = complaintDeadline(r.appliedAt);
  const statement: Omit<UserStatement, 'text'> = {
    puid: tdb.puid,
    ...(r.decisionId ? { decisionId: r.decisionId } : {}),
    ...(r.caseNumber ? { caseNumber: r.caseNumber } : {}),
    language: lang,
    restriction: { kind: r.kind, type: m.types[r.kind], description: m.kinds[r.kind] },
    territorialScope: scope,
    start: r.appliedAt,
    end: r.endsAt ?? null,
    facts,
    source: { type: r.sourceType, description: m.sources[r.sourceType] },
    automation: {
      detection: r.automatedDetection,
      decision: r.automatedDecision,
      description: `${r.automatedDetection ? m.detectionYes : m.detectionNo} ${m.automation[r.automatedDecision]}`,
    },
    // The citations are proper names of laws, kept as written; the explanation is in English in the legal-basis table.
    legalGround: illegal ? { citation: tdb.illegal_content_legal_ground!, explanation: tdb.illegal_content_explanation! } : null,
    contractualGround: illegal ? null : { clause: terms.termsClause ?? DEFAULT_TERMS_CLAUSE, url: terms.termsUrl ?? null, explanation: r.checkUnavailable ? m.unavailable : m.contractExplanation },
    redress: { internalComplaintUrl: appealUrl, complaintDeadline: deadline, outOfCourtBodiesUrl: terms.odsUrl ?? DEFAULT_ODS_URL, judicial: m.judicial },
  };
  const scopeText = scope.length === EEA_COUNTRIES.length ? m.scopeEea : m.scopeOne(scope.join(', '));
  const ground = statement.legalGround
    ? `${statement.legalGround.citation}. ${statement.legalGround.explanation}`
    : `${m.contractIntro}: ${statement.contractualGround!.clause}${statement.contractualGround!.url ? ` (${statement.contractualGround!.url})` : ''}. ${statement.contractualGround!.explanation}`;
  const text = [
    `${m.title} — ${m.labels.reference} ${statement.puid}${r.caseNumber ? ` (${r.caseNumber})` : ''}`,
    `${m.labels.restriction}: ${statement.restriction.type}. ${statement.restriction.description}`,
    `${m.labels.scope}: ${scopeText}.`,
    `${m.labels.duration}: ${statement.start.slice(0, 10)} — ${statement.end ? m.until(statement.end.slice(0, 10)) : m.indefinite}.`,
    `${m.labels.facts}: ${facts}`,
    `${m.labels.source}: ${statement.source.description}`,
    `${m.labels.automation}: ${statement.automation.description}`,
    `${statement.legalGround ? m.legalIntro : m.labels.ground}: ${ground}`,
    `${m.labels.redress}: ${m.complaint(appealUrl, deadline)} ${m.ods(statement.redress.outOfCourtBodiesUrl)} ${m.judicial}`,
  ].join('\n');
  return { ...statement, text };
}
