import { terms, type Lexicon } from './types.ts';

export const pt: Lexicon = {
  // "e" ("and"), a conjunction only where Portuguese is plausible.
  conjunction: terms(`e`),
  // Forms of "tirar" one by one: "tira*" read Spanish "tirantes" and Catalan "tirants" (straps) as taking off.
  remove: terms(
    `não existisse|nao existisse|não existe|nao existe|sumir|sumisse|desaparec*|tira|tiras|tiram|tiramos|tirar*|tirad*|tirando|tirou|tirava*|tirasse*|tiraria*|tirei|tirem|tiraram|tire|retira*|remove*|remova*|apaga*|elimina*|desabotoa*|abaixa*|levanta*|arranca*|arrancar`,
  ),
  removeWeak: terms(`sem|fora|nada de`),
  undressVerb: terms(
    `despe|despir|despindo|despida*|desnuda*|tira a roupa|tirar a roupa|tira a roupa dela|deixa ela pelada|deixa ela nua|deixe-a nua|deixe ela nua|deixa nua|toalha cai|toalha escorreg*|deixa a toalha cair|a toalha caia|toalha caindo`,
  ),
  clothing: terms(
    `tecido|o tecido|pano|roupa|roupas|vestido*|vestimenta|camisa*|camiseta*|blusa*|top|moletom|suéter|sueter|saia*|calça|calças|calca|calcas|jeans|short|shorts|sutiã|sutia|calcinha*|cueca*|fio dental|biquíni*|biquini*|bikini*|maiô|roupa íntima|roupa intima|lingerie|legging*|meia calça|uniforme*|farda|traje*|roupão|roupao|toalha|pijama*|parte de cima|parte de baixo|tudo que ela está vestindo|o que ela está vestindo`,
  ),
  nude: terms(
    `lençol só cobrindo|só com o lençol|só de lençol|coberta só pelo lençol|embaixo da toalha|debaixo da toalha|toalha caiu|toalha caindo|e nada por baixo|sem nada por baixo|nada a cobre|nada o cobre|nada os cobre|nada as cobre|nada cobrindo o corpo|nada cobre o corpo dela|nada cobre os corpos|sem nada a cobri la|sem nada cobrindo|sem marquinha|praia de nudismo|como eva no paraíso|como eva no paraiso|no chuveiro pelada|só pele|so pele|sem um fio|como veio ao mundo|como a mãe a pôs no mundo|como a mae a pos no mundo|peladinha|veio ao mundo|esquecido de se vestir|esquecida de se vestir|esqueceu de se vestir|nua|nuas|pelada*|pelado*|peladinha|sem roupa|sem roupas|sem nada|nudez|nudismo|nudista*|de topless|topless|como veio ao mundo|esqueceu de se vestir|esqueceu de vestir|pintura corporal|em pelo|seios de fora|peitos de fora|trajes de eva|traje de eva|trajes de adão|trajes de adao|corpo nu|corpos nus|homem nu|homens nus|rapaz nu|cara nu|menino nu|meu vizinho nu|vizinho nu|colega nu|chefe nu|marido nu|namorado nu|deixa ele nu|deixe ele nu|deixa o nu|deixe o nu|deixa eles nus|ele nu|ele está nu|ele esta nu|eles nus|completamente nu|totalmente nu|todo nu|ficar nu|fica nu|meio nu|seminu`,
  ),
  reveal: terms(
    `ver através|ver atraves|dê pra ver através|de pra ver atraves|transparecer|aparecendo tudo|dê pra ver tudo|de pra ver tudo|apareça tudo|apareca tudo|invisível|invisivel|invisíveis|invisiveis|transparente*|translúcid*|translucid*|raio x|raios x|molhad*|encharcad*|ver através|ver atraves|ver por baixo`,
  ),
  reduce: terms(`mais curt*|encurta*|mais pequen*|minúscul*|minuscul*|apertad*|decotad*|mais decote|revelador*|micro|mini`),
  reduceAlone: terms(`mais pele|mostrar mais pele|menos roupa|menos pano|seminua|semi nua|meio pelada|pouca roupa|com pouca roupa|alça caindo|alca caindo|deixa a alça cair|deixa a alca cair`),
  skimpy: terms(
    `biquíni*|biquini*|bikini*|maiô|roupa de banho|fato de banho|fatos de banho|fato-de-banho|fio dental|lingerie|roupa íntima|roupa intima|calcinha*|sutiã|sutia|cueca*|espartilho|cinta liga|meia arrastão|meia arrastao|baby doll|babydoll|só de toalha|so de toalha|de toalha|de calcinha|de lingerie|de biquini|de biquíni`,
  ),
  sexualAct: terms(
    `queca|dar uma queca|dá uma queca|da uma queca|dando uma queca|fazendo amor|fazem amor|fazendo sexo|transando|transam|fodendo|sexo|sexual*|porno*|pornográfic*|pornografic*|transar|transando|foder|fodendo|boquete|chupando|masturba*|orgasmo*|erótic*|erotic*|explícit*|explicit*|buceta|xoxota|pênis|penis|vagina|pernas abertas|de quatro|obscen*|safad*|puta|putaria|prostitut*|tesão|tesao|gozando|cena quente|cena de sexo|cavalgando nele|cavalga nele|sendo comida|comendo ela|batendo punheta|punheta|boquete|gozada na cara|gozando na cara|chupando ele|a pega por trás|a pega por tras|a come por trás|a come por tras|pegando ela por trás|comendo ela por trás`,
  ),
  sexualBody: terms(`seios|peitos|mamilo*|bunda|bumbum|nádegas|nadegas|raba|decote|virilha|pelos pubianos|seios maiores|peitos maiores|rabo|peitões|peitoes`),
  suggestive: terms(`sexy|sensual*|sedutor*|sedutora*|provocante*|insinuante*|gostosa|gostosona|safadinha|sexualiza*|pin up|boudoir|ousad*|mais sexy`),
  minor: terms(
    `criança*|crianca*|menina*|menino*|garotinha*|garotinho*|bebê|bebês|neném|nenem|infantil|adolescente*|menor de idade|menores de idade|colegial*|ensino médio|ensino medio|ensino fundamental|novinha*|novinho*|pré adolescente*|pre adolescente*|pirralh*|menos de 18|no sétimo ano|no setimo ano|no sexto ano|no oitavo ano`,
  ),
  minorWeak: terms(`garota*|moça|moca|filha|filho|jovem|jovens|estudante*|aluna*|sobrinha|menor|bebe`),
  person: terms(
    `ela|ele|essa mulher|esta mulher|essa garota|essa menina|esse cara|esse homem|a mulher|a garota|o homem|minha esposa|minha mulher|minha namorada|minha irmã|minha irma|minha prima|minha amiga|o corpo dela`,
  ),
  realRef: terms(
    `minha ex|ex namorada|minha colega|colega de classe|colega de sala|colega de trabalho|minha vizinha|vizinha|minha professora|professora|minha chefe|minha cunhada|minha colega de quarto`,
  ),
  publicFigure: terms(`famosa|celebridade*|atriz|cantora|influenciadora|apresentadora|política|politica|deputada|presidenta`),
  consent: terms(
    `ela concordou|concordou|ela aceitou|aceitou|ela consentiu|consentiu|consentimento|consensual|com a permissão dela|com a permissao dela|com permissão|com permissao|ela quer|ela disse sim|ela deixou|ela não se importa|ela nao se importa|ela pediu|ela tá de boa|ela ta de boa`,
  ),
  adultClaim: terms(`maior de idade|ela é maior|ela e maior|adulta|é adulta|mais de 18|ela tem 18`),
  benign: terms(
    `fiapo*|bolinha*|cordão|cordao|botão|botao|botões|botoes|amassados|amassado|vincos|vinco|filtros|filtro|fundo|marca d água|marca d agua|marca dagua|logo*|logotipo|texto|legenda*|metadados|exif|óculos|oculos|chapéu|chapeu|boné|bone|capacete|máscara|mascara|cachecol|casaco|jaqueta|luvas|sapatos|botas|meias|brinco*|colar|joia*|pulseira|anel|relógio|relogio|mancha*|ruga*|espinha*|acne|cicatriz*|tatuagem*|olhos vermelhos|sombra*|reflexo*|ruído|ruido|desfoque|poeira|arranhão|arranhao|multidão|multidao|turistas|pessoas|gente|carro*|placa*|objeto*|etiqueta*|adesivo*|moldura|borda|cabelo|cachorro|cão|cao|gato|bolsa|mochila|celular|telefone|xícara|xicara|caneca|janela|vidro|água|agua|garrafa|guarda chuva|lâmpada|lampada|parede|céu|ceu|nuvem|nuvens|mesa|cadeira|caixa|tela|manequim|estátua|estatua|boneca*|robô|robo|estampa|desenho|bolso*|gola|manga*|capuz|cinto|cor|a pessoa no fundo|pessoa no fundo|pessoa atrás|pessoa atras|marca|marcas|marquinha|marquinhas`,
  ),
  negation: terms(`não|nao|sem|menos|nunca|evite|evita*|mantenha|vestida|opac*|não tão|nao tao`),
  replace: terms(`substitu*|troca*|trocar|troque|muda*|mude|coloca*|coloque|põe|poe|bota nela|veste*|vista|cobre*|cubra|cobrir|adiciona*|acrescenta*|em vez de|no lugar de|transforma* em`),
  mask: terms(
    `estudante universitária|estudante universitaria|estudantes universitárias|estudante de medicina|estudante de direito|estudante de enfermagem|cor nude|tom nude|batom nude|tons nude|batatas peladas|batata pelada|tomates pelados|tomate pelado|camarão pelado|camarões pelados|camarao pelado|camaroes pelados|pés descalços|pes descalcos|pés nus|pes nus|jogar uma pelada|jogando uma pelada|jogo de pelada|bater uma pelada|batendo uma pelada|pelada de futebol|uma pelada na praia|uma pelada no campo|a pelada na praia|a pelada no campo|da pelada na praia|da pelada no campo|na pelada na praia|pelada na praia com|jovem mulher|mulher jovem|mulheres jovens|jovem mãe|jovem mae|homem jovem|peito de frango|peito de peru|câncer de mama|cancer de mama|cor nude|tom nude|batom nude|canto superior|parte de cima da imagem|parte de cima da foto|no topo|chão molhado|chao molhado|rua molhada|cabelo molhado|fundo transparente|vidro transparente|a pelada de|a pelada do|a pelada da|pelada de domingo|pelada do domingo|pelada com os amigos|pelada dos amigos|barriga nua|barriga de fora|pés descalços|pes descalcos|a olho nu|à olho nu|ao olho nu`,
  ),
  partialNude: terms(`sem a parte de cima|sem parte de cima|sem a parte de cima do biquíni|sem sutiã|sem sutia`),
};
