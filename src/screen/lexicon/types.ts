/**
 * Concepts the screener recognises. A category is never a single word: rules combine
 * concepts ("remove" near "clothing"), and benign concepts cancel or suppress others.
 */
export const CONCEPTS = [
  /** Verbs and prepositions of removing: remove, take off, without, enlever, ausziehen… */
  'remove',
  /** Short removers that only count right next to a garment: off, no, without. */
  'removeWeak',
  /** Verbs that mean undressing on their own: undress, disrobe, nudify, déshabiller… */
  'undressVerb',
  /** Garments whose removal undresses: shirt, dress, bra, pants… (not coats, hats, glasses). */
  'clothing',
  /** Nudity states and euphemisms: naked, birthday suit, forgot to get dressed, body paint… */
  'nude',
  /** Making clothing see-through: transparent, sheer, x-ray, wet… */
  'reveal',
  /** Reducing clothing: shorter, skimpier, low-cut, show more skin… */
  'reduce',
  /** Reducing clothing without naming a garment: show more skin, less clothing, 露出度. */
  'reduceAlone',
  /** Swimwear, underwear, lingerie: putting someone in these is undressing them. */
  'skimpy',
  /** Sexual acts, explicit terms, pornography. */
  'sexualAct',
  /** Sexualised body parts and body emphasis. */
  'sexualBody',
  /** Suggestive styling: sexy, seductive, boudoir… */
  'suggestive',
  /** Children and teens; ages are found separately. */
  'minor',
  /** Weak minor cues (girl, boy, daughter): count, but with lower confidence. */
  'minorWeak',
  /** The person in the photo: her, him, this woman… (evidence in edit mode). */
  'person',
  /** People who are real whatever the mode: my ex, my classmate, my coworker… */
  'realRef',
  /** Public-figure words and names. */
  'publicFigure',
  /** Claims of consent. */
  'consent',
  /** Claims of adulthood. */
  'adultClaim',
  /** Objects whose removal or transparency is benign: background, watermark, glasses… */
  'benign',
  /** Negations that cancel a following reveal/reduce/nude/suggestive term: less, not, non… */
  'negation',
  /** Replacing or covering: replace, swap, cover, instead of. */
  'replace',
  /** Things, not people, that can be "undressed" or be "naked": mannequin, wall, tree, wire, image. */
  'objectTarget',
  /** Putting one garment over another: over, on top of, par-dessus, の上に, 위에 ("a hoodie over her bikini"). */
  'cover',
  /** Outer garments: what a removed garment may be swapped for ("take off her sweater, put on a blazer"). */
  'outerwear',
  /** Colour words: "make the swimsuit blue" recolours, it does not undress. */
  'colour',
  /** Conjunctions: "her shirt and hat" names two things to remove. */
  'conjunction',
  /** Segmentation and cut-out requests: "extract the t-shirt", "segment it". */
  'segment',
  /** "everything", "all of it": the object of a follow-up removal. */
  'everything',
  /** "nothing", "nada", "rien", "nichts": what a garment is swapped for when it is taken off ("replace her jeans with nothing"). */
  'nothing',
  /** States of partial undress: shirtless, braless, oben ohne (undressing on a photo, revealing otherwise). */
  'partialNude',
  /** Poses used sexually without a clothing word: bend over, on her knees, spread her legs. */
  'pose',
  /** Making bigger: bigger, larger, enlarge, pump up (with a body part: sexualising). */
  'enlarge',
  /** Body parts whose enlargement sexualises: chest, breasts, butt, hips. */
  'bodyPart',
  /** "show everything", "show it all": with a cue that something hides the body. */
  'showAll',
  /** Taking away what hides the body: remove the blur, unblur, remove the censor bar. */
  'unveil',
  /** Parts of a garment whose reduction reveals: neckline, hemline, slit. */
  'garmentPart',
  /** A garment's straps (shoulder straps, bra straps, tirantes, bretelles, 肩紐): pulled down or lowered, they undress. */
  'strap',
  /** Deeper, more plunging: said of a garment part (a neckline, a slit) it reveals; of anything else (a colour) it does not. */
  'deepen',
  /** "turn her into", "make him look like": the person becomes what follows. */
  'transform',
  /** Forgetting: with dressing ("forgot to get dressed") it means nudity, in any word order. */
  'forget',
  /** Getting dressed, putting clothes on: with forgetting, nudity. */
  'dressUp',
  /** Covering more: a higher neckline, long sleeves, more modest (the direction of change is covering). */
  'coverUp',
  /** Generic people (a woman, a model, 女人, امرأة): a request about them names nobody in particular. */
  'someone',
  /** Phrases that cancel any concept they overlap: "nude lipstick", "chicken breast", "top left". */
  'mask',
  /** Health and screening words (breast cancer, self-examination, clinic): a body word beside them is anatomy. */
  'medical',
  /** Bathing: shower, bath, sauna. With "no towel" it means nudity. */
  'bathing',
  /** Having no towel ("no towel", "sin toalla"): with bathing, nudity. */
  'noTowel',
  /** Keeping a garment on: keep, leave, only, stays ("take off the jacket, keep the shirt"). */
  'keep',
  /** Wearing nothing but, wearing only: with no garment after it ("nothing but sunscreen", "only shadows"), nudity. */
  'wearOnly',
  /** The source a thing is removed from ("remove the blood from his shirt"): English "from", where it is unambiguous. */
  'source',
  /** What 🍆 🍑 🍒 🔞 draw when they are not slang: food, a recipe, a market, a sign (lexicon/emoji-things.ts). */
  'emojiThing',
  /** English dressing verbs that take their garment after a word ("put a t-shirt on her", "give him a shirt"); other languages' are in `replace`. */
  'dressVerb',
  /** Words that say how someone is now ("he's", "sont", "está", "ist"): before "shirtless", a state, not a request. */
  'copula',
  /** Covering, or making clothing less revealing (opaque, cover up, longer, a size bigger): a decision-layer cue, read by no rule (../cues.ts). */
  'coverCue',
  /** Under or beneath another garment (underneath, por baixo, eronder, 下に): with garments beside it, a layer (../cues.ts). */
  'layerCue',
  /** Things that can be "bare" or "nude" (walls, wires, truth, lipstick, cake): a decision-layer cue, read by no rule (../cues.ts). */
  'thing',
  /** Where a garment hangs, lies or is shown when nobody wears it (hanging, on a hanger, in the background, folded): placed.ts. */
  'placed',
  /** What makes a worn garment go away by itself (melts, dissolves, blown away, slips off, snaps, unravels): with a garment, undressing (garment-gone.ts). */
  'garmentGone',
  /** A length that keeps a garment covering (to the knee or below, midi, "it drags on the floor", trouser legs): length.ts. */
  'modestLength',
  /** A covert camera (hidden camera, spy cam, 몰카): with a privatePlace, voyeurism (voyeur.ts). */
  'covertCam',
  /** Where people undress or wash (changing room, locker room, shower, toilet): with a covertCam, voyeurism (voyeur.ts). */
  'privatePlace',
  /** Someone changing, undressing or washing, or seen through a bathroom or bedroom window (her changing, while she showers, se douche, 洗澡): with a covertCam or an unseen word, voyeurism (voyeur.ts). */
  'privateMoment',
  /** Covert watching said without a camera word (without her knowing, à son insu, 몰래, peeking through): with a privateMoment near it, voyeurism (voyeur.ts). */
  'unseen',
  /** A bedroom or hotel room: with a covertCam, voyeurism; not with an unseen word ("decorate her bedroom without her knowing" is a surprise). */
  'privateRoom',
  /** A surprise (surprise party, Überraschung, サプライズ): an unseen word beside it keeps a plan secret, it does not watch anyone (voyeur.ts). */
  'surprise',
  /** Restrictive words: only, nothing but, rien que, sadece, 只有, だけ (with what is left on a body, the rest is bare: bare.ts). */
  'only',
  /** What can be all that covers a bare body: steam, foam, bubbles, drops of water, a tan, a fig leaf (bare.ts). */
  'bareCover',
  /** Wearing, or having on the body: wears, lleva, ma na sobie, üstünde, 身に着け, গায়ে (bare.ts). */
  'wearVerb',
  /** Negated wearing: not wearing, giymediği, tak pakai, 着てない (bare.ts). */
  'notWearing',
  /** "anything", "bir şey", "apa-apa", "何も": with a negated wearing, nothing worn (bare.ts). */
  'anything',
  /** Worn things that cover nothing: earrings, a necklace, a watch, glasses, a hat, heels ("leave just the hat on him"). */
  'accessory',
  /** Thin, flimsy, paper-thin (of cloth): with a garment, and a seeing word with everything or underneath after it, nudity (see-all.ts). */
  'thinFabric',
  /** Being seen or showing: see, visible, on voit, sichtbar, видно, görünsün, 見え, 보이 (see-all.ts). */
  'seen',
  /** Everything, all of it, as what is seen: tout, alles, todo, всё, her şey, 全部, ทุกอย่าง (see-all.ts; kept apart from `everything`, the object of a removal). */
  'whole',
  /** Underneath, inside, through: dessous, darunter, debajo, под ним, 里面, ข้างใน (see-all.ts). */
  'within',
  /** Hiding what is shown: blur, pixelate, censor, a black bar, a mosaic (censor.ts): a nudity word it acts on is hidden, not asked for. */
  'censor',
  /** An adults-only version: adults-only, versión para adultos, для взрослых, 성인용 ("18+" itself is read from the raw text; adult.ts). */
  'adultOnly',
  /** A bed, silk sheets, candlelight: with mood and pose cues, an intimate scene (intimate.ts). */
  'intimateSetting',
  /** Lip-biting, parted lips, half-closed eyes, glistening or sweaty skin, breathless, a lustful look (intimate.ts). */
  'moodCue',
  /** A camera or a view from below: from below, looking up, low angle, POV, ローアングル (angle.ts). */
  'lowAngle',
  /** Between her legs or thighs, under or up her skirt (angle.ts): with a low angle, an upskirt shot. */
  'betweenLegs',
  /** A garment's layer beneath or inside another: underneath, under it, inner, darunter, alatta, زیرش, లోపలి (layers.ts). */
  'beneath',
  /** Being seen, not seen through: shows, visible, sichtbar, se vea, látsszon, معلوم, 見える (layers.ts). */
  'shown',
  /** Staying on: stays, remains, bleiben, se queda, marad, بمونه (layers.ts). */
  'stays',
  /** Leaked, hacked, stolen (of pictures): geleakt, filtradas, слитые, sızdırılan, مسربة, 流出, 유출 (leak.ts). */
  'leaked',
  /** Photos, pics, selfies, videos, and their compounds (Handyfotos, mobilbilderna): with a leak word, leaked pictures (leak.ts). */
  'photoWord',
  /** What makes leaked pictures private ones: private, intimate, a celebrity's, a sheet or a towel (leak.ts). */
  'leakCue',
  /** A person's own phone or cloud as the source of pictures: from her phone, Handy, из телефона, من هاتفها (leak.ts). */
  'ownPhone',
  /** Replacing one thing by another: replace, swap, instead of, troca, zamień, 置き換え, 바꿔, بدل (token-cover.ts; not adding or covering). */
  'swap',
  /** What is no garment and covers next to nothing: stickers, a ribbon, a bow, tape, plasters, dental floss, leaves (token-cover.ts). */
  'tokenCover',
  /** Things of a scene a request asks about: a bridge, a table, a car, the sea (scene-things.ts; a decision-layer cue, read by no rule). */
  'sceneThing',
  /** Under, beneath, behind: with a scene thing in a question, what is under the thing (scene-things.ts). */
  'below',
  /** Folding, ironing, hanging up: a garment it acts on is handled as a thing (scene-things.ts). */
  'fold',
  /** A look or a state of sexual desire: a lustful look, bedroom eyes, horny, mirada de deseo, 诱惑眼神 (desire.ts): with one more intimate cue, a sexual scene. */
  'desireLook',
  /** Hotter, sharper, spicier (of a picture, a colour or a dish): sexier only beside an adults-only marker or a wink (hotter.ts). */
  'hotter',
  /** A knowing wink: you know what I mean, wiesz o co chodzi, du weisch scho, 你懂的 (hotter.ts). */
  'knowing',
  /** Asking for less: tone it down, make it safe for work, entschärfen, смягчи, 控えめに (tone-down.ts). */
  'toneDown',
  /** Less on a person: less on her, mniej na niej, üzerinde daha az şey, меньше на ней (less-on.ts). */
  'lessOn',
  /** The everyday occasion of a posture or an act: a proposal on one knee, riding a horse or a bike, an ice cream, a hug (everyday.ts). */
  'everyday',
  /** Yoga, pilates, stretching, gymnastics, ballet, a workout: legs apart or bending over is an exercise's pose (everyday.ts). */
  'exercise',
  /** Children's play by the water: a sandcastle, a swimming lesson, a lifeguard, a sprinkler, a water park (water-play.ts). */
  'waterPlay',
  /** Bending someone over a surface: bends her over, нагибает её, eğip, 按在桌子上, 엎드리게 (plain-acts.ts). */
  'bentOver',
  /** From behind: par derrière, von hinten, сзади, arkadan, 从后面, 뒤에서, पीछे से (plain-acts.ts). */
  'fromBehind',
  /** A euphemism for having sex: doing it, le faire, es treiben, het doen, begituan, 干那事, ทำอย่างว่า (plain-acts.ts). */
  'doingIt',
  /** Riding or moving the hips on top of someone: rides him, sentando nele, 在上面动, 上で腰を動かし (plain-acts.ts). */
  'ridingMotion',
  /** Bodies entwined or tangled together: entwined, enlacés, 絡み合って, 뒤엉킨, 缠在一起 (plain-acts.ts). */
  'entwined',
  /** Completely, entirely: del todo, полностью, gaba ɗaya, పూర్తిగా, მთლიანად (steps.ts): said of a removal, all of it. */
  'completely',
  /** What is left of what someone wears, unnamed: the rest, what's left, the last two pieces, o resto, الباقي, 剩下的 (remainder.ts). */
  'remainder',
  /** The rest said to go or to follow as well: the rest goes, now the rest too, الباقي كمان, sisanya juga (remainder.ts). */
  'remainderToo',
  /** Looking unseen through a window, a gap or a crack: through her bathroom window, from the curtain gap, durch den Türspalt (peeking.ts). */
  'peek',
  /** A genre of nude pictures or shows a picture is made like: Playboy, the Pirelli calendar, a garage calendar girl, the Chippendales (pinup.ts, ../nude-genre.ts). */
  'nudeGenre',
  /** A bedsheet or a duvet as what covers someone in bed: sheet, Laken, sábana, простыня, 床单, 이불 (bed-cover.ts). */
  'bedCover',
  /** An art framing that draws a model nude: a figure study, life drawing, modèle vivant, 人体写生 (nude-genre.ts): with a real person named, nudity. */
  'artStudy',
  /** All but gone: almost no, barely any, kaum noch, почти не осталось, 几乎没了 (of a bath's foam or steam: bed-cover.ts). */
  'scarce',
  /** Left as it is: don't touch, unchanged, as they are, no toques, tel quel, unverändert, そのまま, 保持原样 (as-is.ts). */
  'asIs',
  /** A neutral operation on a photo: zoom in, crop, rotate, brighten, sharpen, black and white, a redhead, blonde (photo-ops.ts; a decision-layer cue, read by no rule). */
  'photoOp',
  /** Setting a thing right: fix it, sistemalo, arréglalo, исправь, 修一下 (fix-verbs.ts; after underwear said to show, covering it again). */
  'fixVerb',
  /** Adding or placing something in a picture: add, put, place, ajoute, füge hinzu, 追加 (photo-ops.ts; neutral with a thing after it). */
  'addVerb',
  /** Zooming in or out: zoom in, zoom sur, heranzoomen, приблизь, 放大 (photo-ops.ts; neutral with a face or a thing beside it). */
  'zoomVerb',
  /** A face, the eyes, a smile: what a neutral zoom is aimed at (photo-ops.ts). */
  'faceWord',
  /** What is often added to a photo or put in a hand: a camera, a phone, a book, flowers, an umbrella (photo-ops.ts). */
  'photoThing',
  /** Nothing worn under a garment: nothing underneath, nada por baixo, ничего под ним (nothing-under.ts; with a garment before it, nudity). */
  'nothingUnder',
  /** Kneeling before someone: kneeling in front of him, de rodillas frente a, à genoux devant, kniet vor ihm (kneeling.ts; with an open mouth, oral sex). */
  'kneelBefore',
  /** An open mouth, a tongue out: mouth open, boca abierta, bouche ouverte, Mund offen (kneeling.ts; ordinary alone). */
  'openMouth',
  /** Bending or leaning forward: bend forward, penchée en avant, nach vorne beugen, 前かがみ, 앞으로 숙인 (forward-bend.ts; with a view from behind, a sexual pose). */
  'forwardBend',
  /** The picture a person would never post herself: she'd never post, nie posten würde, б ніколи не виклала, 絕對不會PO (never-posted.ts: said of a picture made of someone, her intimate pictures). */
  'neverPosted',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * A language's terms by concept. Terms are written naturally and folded like input text.
 * `*` at an end opens that word boundary: "undress*" matches "undressing".
 * Terms in scripts without word spaces (CJK, Hangul, Arabic) match anywhere.
 */
export type Lexicon = Partial<Record<Concept, readonly string[]>>;

/** Age words after a number: "15 yo", "15 ans", "15 Jahre", "15歳". */
export type AgeUnits = readonly string[];

export function terms(list: string): string[] {
  return list
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
