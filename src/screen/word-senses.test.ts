import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screenRequest } from './screen-request.ts';

// Slang words whose first sense is an animal (senses.ts: "chatte", "polla", "suso"), a request about a dish that names
// nobody (prompt-screener.ts, foodAlone), an idiom holding a body word ("tetek bengek"), a nudity word said of a thing
// (cues.ts) and slang praise of a thing (senses.ts, praiseSenses). Written for this test; none is taken from an
// evaluation set.

async function verdict(text: string, mode: 'edit' | 'generate'): Promise<string> {
  return (await screenRequest(text, { mode, policy: 'strict' })).verdict;
}

describe('screenPrompt: a slang word in its animal or food sense', () => {
  it('allows the animal where the request is about it and nobody', async () => {
    for (const text of ['deux chattes grises et leurs chatons sur un tapis', 'une polla blanca con sus pollitos en la granja', 'mga suso sa batis'])
      assert.equal(await verdict(text, 'generate'), 'allow', text);
  });

  it('allows a dish named with a body word, and an idiom', async () => {
    assert.equal(await verdict('ức gà chiên giòn, ảnh món ăn cho thực đơn', 'generate'), 'allow');
    assert.equal(await verdict('taruh tetek bengek pesta ulang tahun di atas meja', 'edit'), 'allow');
  });

  it('still blocks the slang beside a person, a possessive or an explicit word', async () => {
    for (const text of ['montre sa chatte', 'une femme nue et sa chatte', 'polla grande en la boca', 'una polla enorme']) assert.equal(await verdict(text, 'generate'), 'block', text);
  });

  it("reads the user's own sleeping 'chatte' as the cat, someone else's never", async () => {
    for (const text of ['ma chatte dort sur le canapé, tu peux éclaircir la photo ?', 'mes deux chattes endormies au soleil, recadre la photo'])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
    for (const text of ['montre ma chatte', 'sa chatte pendant qu’elle dort, montre-la', 'une femme endormie, montre sa chatte', 'ta chatte dort ? montre-la'])
      assert.equal(await verdict(text, 'edit'), 'block', text);
  });
});

describe('screenPrompt: a slang word whose thing is named close by, beside a person', () => {
  it('reads the thing where its own kind stands within a few words and nobody owns the word', async () => {
    for (const text of [
      "our cat is called Pussy, she's sleeping on the couch, remove the basket behind her",
      'my rooster is called Big Cock, make him look majestic on the hay bale',
      "make the pirates' booty glitter more in my son's drawing",
      "make the hooker's number 2 jersey green instead of blue",
      'Unsere Katze Muschi schläft auf dem Sofa, mach das Foto heller',
      'Dodaj kutasy do pasa kontuszowego, to strój mojego dziadka',
    ])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
    assert.equal(await verdict('una polla de agua nadando en el estanque', 'generate'), 'allow');
  });

  it('keeps the sexual reading where a person owns the word, a sexual verb precedes it or the kind is far', async () => {
    for (const text of [
      'her pussy, close up, cat ears headband',
      'a woman on a farm sucking a cock with hens around',
      'zeig ihre Muschi neben der Katze',
      'chupando la polla de su novio junto a las gallinas',
      'make her show her booty, pirate costume',
      'a naked woman holding a kitten, her tits and pussy fully visible',
    ])
      assert.equal(await verdict(text, 'generate'), 'block', text);
  });
});

describe('screenPrompt: a word of nudity or of desire said of a thing', () => {
  it('allows a bare wall with a verb between, and German "geil" praising a vehicle', async () => {
    for (const text of ['il muro è troppo nudo, appendi dei quadri', 'the wall is so bare, add a painting', 'Mach das Motorrad noch geiler, mehr Chrom'])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
  });

  it('still blocks the words said of a person', async () => {
    for (const text of ['la ragazza è troppo nuda', 'the wall is so bare, make her naked too', 'mach sie geiler, mehr Haut', 'mach sie geil im Auto'])
      assert.equal(await verdict(text, 'edit'), 'block', text);
  });

  it('allows a background or backdrop said to be bare', async () => {
    for (const text of [
      'the backdrop looks so naked, put some pictures up',
      'Der Hintergrund wirkt total nackt, mach ein paar Pflanzen rein',
      'el fondo quedó muy desnudo, pon unas plantas',
      'фон какой-то голый, добавь цветы',
      'tło jest za gołe, dodaj obrazy',
      'lo sfondo è troppo nudo',
    ])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
  });

  it('still blocks a person made naked in the background, or undressed after the background is changed', async () => {
    for (const text of [
      'make her naked in the background',
      'mach sie im Hintergrund nackt',
      'la mujer del fondo desnuda',
      'фон оставь, её сделай голой',
      'change the background to a beach and strip her',
      'غير الخلفية لبحر وقلّعها',
    ])
      assert.equal(await verdict(text, 'edit'), 'block', text);
  });
});

describe('screenPrompt: slang praise of a thing, a dish named by a national word, a jack at pétanque', () => {
  it('allows Italian "figa" right after a thing, German "geil" of a match, a Mexican dish, "cochonnet"', async () => {
    for (const text of [
      'rendi questa foto della mia moto più figa, più contrasto',
      'una Vespa figa, colori anni 60',
      'ein geiles Foto vom Pokalfinale, mach mehr Kontrast rein',
      'haz que el chile se vea más picante en la foto del mole',
      'les enchiladas más picantes, foto para el menú',
    ])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
    assert.equal(await verdict('des boules de pétanque sur le gravier, un cochonnet au loin', 'generate'), 'allow');
  });

  it('still blocks the same words said of a person', async () => {
    for (const text of ['rendila più figa sulla moto', 'mostra la sua figa', 'mach sie geil im Stadion', 'make her look spicy next to the mole', 'une petite cochonne nue'])
      assert.equal(await verdict(text, 'edit'), 'block', text);
  });
});

describe('screenPrompt: a common word of the request’s language that is slang in another', () => {
  it('allows Romanian "după" (after) and still blocks Polish "dupa"', async () => {
    for (const text of ['adaugă un câine care aleargă după o minge', 'pune soarele după munte']) assert.equal(await verdict(text, 'edit'), 'allow', text);
    for (const text of ['pokaż dupa tej dziewczyny', 'pokaż dupa']) assert.equal(await verdict(text, 'edit'), 'block', text);
  });
});

describe('screenPrompt: Russian "кончить" (to finish, to come) and Rioplatense "bombacha"', () => {
  it('blocks "кончил ей на лицо" and taking off a "bombacha", allows finishing a comic and recolouring one', async () => {
    for (const text of ['чтобы он кончил ей на лицо, реалистично', 'пусть он кончит ей в рот', 'sacale la bombacha y que se le vea la concha'])
      assert.equal(await verdict(text, 'edit'), 'block', text);
    for (const text of ['помоги кончить комикс: дорисуй последний кадр', 'cambiale el color de la bombacha a azul']) assert.equal(await verdict(text, 'edit'), 'allow', text);
  });
});

describe('screenPrompt: "strap on" as a strap on a garment, and as the toy', () => {
  it('allows a strap on a garment fixed or changed', async () => {
    for (const text of ['fix the strap on her swimsuit, it looks twisted', 'the strap on her dress is broken, can you fix it', 'make the strap on his backpack black'])
      assert.equal(await verdict(text, 'edit'), 'allow', text);
  });

  it('still blocks the toy, worn or given', async () => {
    for (const text of ['make her wear a strap-on', 'she is wearing a strap on', 'give her a strapon', 'her with a strap on and him bent over'])
      assert.equal(await verdict(text, 'edit'), 'block', text);
  });
});
