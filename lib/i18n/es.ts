/**
 * Las palabras de la interfaz en español (neutral, para lectores en Estados Unidos; "usted"). Mismas
 * claves que en.ts: TypeScript rechaza una clave que falte o sobre.
 */
import type { Dictionary } from './en'

export const es: Dictionary = {
  site: {
    name: 'Guía de Terapia con Ketamina',
    shortName: 'Guía Ketamina',
    description:
      'Explicaciones independientes y claras sobre el tratamiento con ketamina y esketamina (Spravato): cómo actúa, cómo se da, qué muestran los estudios, sus riesgos y qué esperar. Cada dato tiene su fuente.',
    tagline: 'Información clara y con fuentes sobre el tratamiento con ketamina y esketamina',
  },
  chrome: {
    skip: 'Saltar al contenido principal',
    getHelp: 'Ayuda ahora',
    articlesNav: 'Artículos',
    glossary: 'Glosario',
    search: 'Buscar',
    languageSwitch: 'Read in English',
    /** The switch in the bar that follows the reader on a phone: the other language's name, short. */
    languageSwitchShort: 'English',
    /** The quiet column beside the text on wide screens (pages without a table of contents). */
    side: {
      aside: 'Más en este sitio',
      help: '¿Necesita ayuda ahora?',
      helpAll: 'Todas las formas de pedir ayuda',
      tools: 'Herramientas',
      searchSite: 'Buscar en el sitio',
      glossary: 'Buscar una palabra',
      handout: 'Hacer una hoja para una visita',
      sections: 'Secciones de este artículo',
    },
  },
  footer: {
    crisisTitle: 'Si está pensando en el suicidio o está en crisis',
    us: '**En Estados Unidos:** llame o envíe un mensaje de texto al 988 (la Línea de Prevención del Suicidio y Crisis), o chatee en [988lifeline.org](https://988lifeline.org) (en inglés). Es gratis y atiende las 24 horas, todos los días.',
    spanish:
      '**En español:** llame al 988 y oprima el 2, o envíe la palabra AYUDA por mensaje de texto al 988. El chat de [988lifeline.org](https://988lifeline.org) está en una página en inglés, pero la Línea dice que también atiende en español.',
    danger: '**Si corre peligro ahora mismo:** llame al 911 o vaya a la sala de emergencias más cercana.',
    canada: '**En Canadá:** llame o envíe un mensaje de texto al 9-8-8.',
    elsewhere:
      '**En otros países:** busque una línea de ayuda gratuita en [findahelpline.com](https://findahelpline.com), o llame al número de emergencias de su país.',
    notEmergency:
      'El tratamiento con ketamina no es atención de emergencia. No reemplaza una línea de crisis, la sala de emergencias ni una estadía en el hospital.',
    notAdvice:
      '**Educación, no consejo médico.** {site} explica; no diagnostica ni trata. Decida sobre su tratamiento con un profesional de salud con licencia. No empiece, deje ni cambie un medicamento por su cuenta.',
    privacy: 'Sin anuncios, sin rastreadores, sin cookies. Nada de lo que lee aquí queda registrado.',
    siteNav: 'Sitio',
    about: 'Quiénes somos y cómo escribimos',
    sources: 'Todas las fuentes',
    handout: 'Hojas para imprimir (para profesionales)',
  },
  article: {
    position: (n: number, of: number) => `Artículo ${n} de ${of}`,
    homePosition: (n: number) => `Artículo ${n}`,
    lastReviewed: 'Última revisión:',
    by: 'por',
    onThisPage: 'En esta página',
    sectionsOnThisPage: 'Secciones de esta página',
    references: 'Referencias',
    keyPoints: 'Puntos clave',
    questions: 'Preguntas para su equipo de salud',
    closeDefinition: 'Cerrar la definición',
    readFullEntry: 'Leer la definición completa',
    about: 'Sobre esta página',
    partOf: 'Parte de',
    nextReview: 'Próxima revisión',
    reviewedBy: 'Revisado por',
    conflicts: 'Conflictos de interés',
    policy: 'Cómo escribimos y revisamos las páginas: [nuestras normas](/about#editorial-policy).',
    printReviewed: 'Revisado el',
    staleTranslation:
      'La versión en inglés de esta sección se actualizó el {date}. Esta traducción todavía no incluye esos cambios. [Leer la sección en inglés]({href}).',
  },
  headings: {
    linkTo: (name: string) => `Enlace a la sección: ${name}`,
    copyLink: 'Copiar enlace',
    copyLinkTo: (name: string) => ` a la sección: ${name}`,
    share: 'Compartir',
    shareSection: (name: string) => ` la sección: ${name}`,
    addToHandout: 'Añadir a la hoja',
    addToHandoutLabel: (name: string) => `Añadir a la hoja: ${name}`,
  },
  moreDetail: {
    summary: 'Más detalles',
  },
  cite: {
    one: (n: number) => `Referencia ${n}`,
    range: (a: number, b: number) => `Referencias ${a}–${b}`,
    back: (n: number) => `Volver a la referencia ${n} en el texto`,
    backPlace: (n: number, i: number, of: number) => `Volver a la referencia ${n} en el texto, lugar ${i} de ${of}`,
  },
  callout: {
    note: 'Nota',
    warning: 'Advertencia',
    crisis: 'Hay ayuda disponible',
    emergency: 'Emergencia: llame al 911 ahora',
    'call-today': 'Urgente: llame hoy a su equipo de salud',
    'next-visit': 'No es urgente: coméntelo en su próxima cita',
  },
  evidence: {
    prefix: 'Evidencia:',
    'fda-approved': { label: 'Aprobado por la FDA', detail: 'la FDA de Estados Unidos lo revisó y lo aprobó para este uso' },
    'off-label-rct': { label: 'Fuera de indicación, con estudios a favor', detail: 'no está aprobado para este uso; varios estudios controlados lo apoyan' },
    'early-research': { label: 'Investigación inicial', detail: 'estudios pequeños o con resultados mixtos; aún no está probado' },
    investigational: { label: 'En investigación', detail: 'solo se usa en estudios de investigación' },
  },
  section: {
    from: 'De',
    position: (n: number, of: number) => `Sección ${n} de ${of}`,
    readWhole: 'Leer el artículo completo desde aquí',
    copyLink: 'Copiar enlace',
    toThisSection: ' a esta sección',
    moreFrom: 'Más de este artículo',
    previous: 'Sección anterior',
    next: 'Sección siguiente',
    movedTitle: 'Esta sección cambió de lugar',
    moved: (title: string, article: string) => ({ before: 'Ahora se llama ', title, after: `, en ${article}.` }),
    movedMeta: (title: string) => `Cambió de lugar: ${title}`,
  },
  glossary: {
    title: 'Glosario',
    metaTitle: 'Glosario: palabras del tratamiento con ketamina explicadas con claridad',
    metaDescription: 'Definiciones sencillas de las palabras médicas, marcas y siglas que se usan al hablar del tratamiento con ketamina y esketamina.',
    intro: (n: number) =>
      `${n} palabras que puede oír sobre el tratamiento con ketamina, explicadas con claridad. Cada una enlaza a los artículos que la usan.`,
    letters: 'Letras del glosario',
    say: 'se dice:',
    alsoCalled: 'También se llama:',
    related: 'Relacionado: ',
    appearsIn: 'Aparece en: ',
    linkTo: (term: string) => `Enlace a ${term}`,
    copyLink: 'Copiar enlace',
    copyLinkTo: (term: string) => ` a ${term}`,
    referencesIntro: 'Las fuentes de las definiciones de arriba, numeradas en el orden en que aparecen por primera vez.',
    for: 'Para: ',
    searchLabel: 'Buscar en el glosario',
    searchHint: 'Una palabra que dijo su médico, una marca o una sigla. No importan los errores de ortografía.',
    searchHintNoJs: 'Sin JavaScript, use la opción Buscar de su navegador.',
    searchArticles: '¿Tiene una pregunta? Busque “{query}” en los artículos',
    searchNeedsJs: 'La búsqueda necesita JavaScript',
    searchExample: 'Pruebe: Spravato, NMDA, fuera de indicación',
    results: 'Resultados de la búsqueda',
    searching: 'Buscando…',
    nothingFound: 'No se encontró nada para “{query}”.',
    tryShorter: 'Pruebe con una parte más corta de la palabra, como las primeras letras.',
    tryOther: 'Pruebe con otro nombre: una marca, o las palabras que usó su médico.',
    clear: 'Borrar la búsqueda',
    clearAfter: ' para ver todas las palabras de la A a la Z.',
  },
  search: {
    title: 'Buscar',
    metaTitle: 'Buscar en los artículos y el glosario',
    metaDescription:
      'Busque en cada sección de cada artículo y en cada palabra del glosario. No importan los errores de ortografía. Su búsqueda se queda en su dispositivo.',
    intro: 'Cada sección de cada artículo y cada palabra del glosario. No importan los errores de ortografía. Lo que escribe se queda en su dispositivo.',
    label: 'Buscar en los artículos y el glosario',
    needsJs: 'La búsqueda necesita JavaScript. Todas las secciones están abajo.',
    example: 'Por ejemplo: ¿puedo manejar después de Spravato?',
    button: 'Buscar',
    results: 'Resultados',
    nothing: 'Nada coincide con “{query}”. Pruebe otras palabras, o una de estas:',
    glossaryLink: 'Buscar una palabra en el glosario',
    everyTitle: 'Todos los artículos y secciones',
    wordsExplained: 'Palabras y nombres explicados: [el glosario](/glossary).',
  },
  sources: {
    title: 'Todas las fuentes que citamos',
    metaDescription: 'La bibliografía completa del sitio: cada estudio, etiqueta de medicamento y página oficial que citamos, y los artículos que la citan.',
    intro: (n: number) =>
      `Estas son las ${n} fuentes que citan los artículos, en orden alfabético, cada una con los artículos que la citan. Las fuentes están en su idioma original (casi siempre inglés). Los enlaces llevan al DOI, a PubMed o a la página oficial para que pueda revisarlas.`,
    citedIn: 'Citada en:',
  },
  handout: {
    title: 'Preparar una hoja para imprimir',
    metaDescription:
      'Para profesionales de salud: elija las secciones que necesita un paciente e imprímalas, con fuentes, fechas de revisión y un código QR para cada una.',
    intro:
      'Para profesionales de salud: elija las secciones que necesita un paciente y luego imprímalas o envíe el enlace. Cada sección conserva sus fuentes, su fecha de revisión y un código QR que la abre en línea.',
    nothingSaved: 'No se guarda nada. Las secciones que elige viven solo en la dirección de esta página, así que puede guardarla o enviarla.',
    needsJs:
      '**Para preparar una hoja se necesita JavaScript**, que está apagado o no funciona en este navegador. Aun así, puede abrir cualquier sección de abajo e imprimirla desde su navegador.',
    region: 'Hoja para imprimir',
    print: 'Imprimir',
    copyLink: 'Copiar enlace',
    toThisHandout: ' a esta hoja',
    empty: 'Todavía no eligió ninguna sección. Marque las secciones que quiere en la lista.',
    loading: 'Cargando las secciones…',
    masthead: 'Hoja para el paciente',
    notAdvice: 'Educación, no consejo médico. Hable con su equipo de salud antes de empezar, dejar o cambiar un tratamiento.',
    crisis:
      '**Si está pensando en el suicidio o está en crisis:** en Estados Unidos, llame o envíe un mensaje de texto al 988 (en español, oprima el 2 o envíe AYUDA). En una emergencia, llame al 911 o vaya a la sala de emergencias más cercana.',
    choose: 'Elegir secciones',
    upTo: (n: number) => `Hasta ${n} secciones, en el orden en que las marque.`,
    filter: 'Filtrar por título',
    read: 'Leer',
    readLabel: (title: string) => `Leer: ${title}`,
  },
  notFound: {
    title: 'Página no encontrada',
    heading: 'No encontramos esa página',
    intro: 'Puede que el enlace sea antiguo o tenga un error. Estas páginas pueden ayudarle:',
    glossary: 'Glosario de palabras',
    home: 'Página de inicio',
    crisis:
      'Si está en crisis, busque ayuda ahora: en Estados Unidos, llame o envíe un mensaje de texto al 988 (en español, oprima el 2), o llame al 911 si corre peligro.',
  },
  crisis: {
    call: (number: string) => `Llamar al ${number}`,
    text: (number: string) => `Enviar un mensaje de texto al ${number}`,
  },
  figures: {
    week: 'Semana ',
    weekShort: 'Sem. ',
    sessionsGroup: 'Sesiones por semana (en pantallas pequeñas se desplaza hacia el lado)',
    sessionsCaption: (weeks: number) => `Sesiones por semana, semanas 1 a ${weeks}`,
    sessions: (n: number) => (n === 0 ? 'sin sesiones fijas' : `${n} ${n === 1 ? 'sesión' : 'sesiones'}`),
    routeGroup: 'Tabla que compara las vías (en pantallas pequeñas se desplaza hacia el lado)',
    step: (n: number) => `Paso ${n}: `,
    shownIn: 'Se ha visto en: ',
    evidence: { animals: 'animales', people: 'personas', 'people and animals': 'personas y animales' },
    routeShare: 'Parte de cada dosis que llega a la sangre',
    routeHeaders: ['Vía', 'Estado ante la FDA (Estados Unidos)', 'Parte que llega a la sangre', 'Cuándo empieza el efecto', 'Dónde se da', 'Vigilancia'],
    synapseTitle: 'Diagrama de la hipótesis principal',
    synapseDesc:
      'Una célula freno, una célula que envía y una célula que recibe. Los marcadores numerados del 1 al 5 corresponden a los pasos numerados junto al diagrama.',
    synapseLabels: {
      brake: ['Célula', 'freno'],
      nmda: 'NMDA, bloqueado',
      eased: 'se afloja',
      sending: 'Célula que envía',
      glutamate: 'glutamato',
      receiving: 'Célula que recibe',
      synapses: 'sinapsis nuevas',
    },
    scheduleHeader: 'Calendario',
    iconKey: 'Cómo leer el dibujo',
    iconLegend: {
      low: 'Llenas: el número más bajo en los estudios',
      range: 'Rayadas: más personas, hasta el número más alto en los estudios',
      none: 'Solo el contorno: personas a las que no les pasó',
    },
    iconArray: (name: string, low: number, high: number, outcome: string) =>
      `${name}: dibujo de 100 personas. ${low === high ? low : `Entre ${low} y ${high}`} de ellas ${outcome}: ${low} en figuras llenas${high > low ? ` y ${high - low} más en figuras rayadas` : ''}.`,
    helpLevel: { emergency: 'Emergencia', 'call-today': 'Urgente', 'next-visit': 'No es urgente' },
    sources: 'Fuentes',
  },
  home: {
    heading: 'El tratamiento con ketamina, explicado con claridad',
    intro:
      '{site} es para personas que están pensando en un tratamiento con ketamina o esketamina (Spravato), y para quienes las apoyan. Explicamos qué es, qué muestran los estudios, cuáles son los riesgos y cómo es una visita, con palabras de todos los días. Cada dato médico enlaza a su fuente.',
    quick: 'Respuestas rápidas',
    quickLinks: [
      { href: '/articles/what-is-ketamine-therapy', text: '¿Qué es la terapia con ketamina?' },
      { href: '/articles/safety#common-effects', text: 'Efectos secundarios y riesgos' },
      { href: '/articles/what-to-expect#the-session', text: 'Qué pasa en una sesión' },
      { href: '/articles/finding-care#cost', text: 'Costo y seguro médico' },
      { href: '/articles/conditions', text: 'Para qué problemas puede servir' },
      { href: '/help', text: 'Ayuda ahora' },
    ],
    isTitle: 'Qué es este sitio',
    is: [
      'Educación independiente, escrita a partir de estudios publicados, etiquetas de medicamentos y agencias oficiales.',
      'Honesto sobre la fuerza de la evidencia, incluso sobre lo que no se sabe.',
      'Gratis, sin anuncios, sin rastreo y sin ninguna clínica que venderle.',
    ],
    isNotTitle: 'Qué no es',
    isNot: [
      'No es consejo médico ni reemplaza a un profesional que lo conozca.',
      'No es una guía para usar ketamina por su cuenta. Nunca damos instrucciones de dosis.',
      'No es atención de crisis. Si corre peligro ahora, llame o envíe un mensaje de texto al 988 (Estados Unidos) o llame al 911.',
    ],
    order: 'Lea en este orden',
    glossary: '¿Palabras nuevas? El [glosario](/glossary) explica los términos médicos de este sitio y encuentra la palabra aunque la escriba con errores.',
  },
  updates: {
    title: 'Qué cambió en este sitio',
    metaDescription:
      'Cada corrección y actualización de nuestros artículos, de la más reciente a la más antigua, con enlaces a las secciones que cambiaron. También como fuentes Atom.',
    intro:
      'Cada corrección y actualización de nuestros artículos, de la más reciente a la más antigua. Cada una enlaza a las secciones que cambió. Una corrección arregla algo que una página decía mal; una actualización agrega o mejora algo.',
    feedTitle: (site: string) => `${site}: qué cambió`,
    articleFeedTitle: (title: string) => `Qué cambió: ${title}`,
    feedDescription: 'Correcciones y actualizaciones, de la más reciente a la más antigua, con enlaces a las secciones que cambiaron.',
    feedLink: 'Siga estos cambios en un lector de fuentes (fuente Atom)',
    articleFeedLink: 'Siga los cambios de este artículo (fuente Atom)',
    kind: { correction: 'Corrección', update: 'Actualización' },
    sectionsLabel: 'Secciones:',
    wholePage: 'toda la página',
    latest: 'Último cambio',
    history: 'Historial: cada cambio de esta página',
    sectionHistory: 'Cambios en esta sección',
    allChanges: 'Cada cambio en este sitio',
  },
  report: {
    link: 'Informar de un problema en esta página',
    note: 'Abre su propia aplicación de correo con esta página ya escrita. No se envía nada hasta que usted lo envíe.',
    subject: (title: string) => `Problema en la página: ${title}`,
    page: 'Página:',
    address: 'Dirección:',
    reviewed: 'Última revisión:',
    prompt: '¿Qué está mal o qué falta? (Por favor, no incluya datos sobre su propia salud).',
  },
  help: {
    title: 'Ayuda ahora',
    metaDescription:
      'Si está pensando en el suicidio o corre peligro: en Estados Unidos, llame o envíe un mensaje de texto al 988 (en español, oprima el 2), llame al 911 en una emergencia, o busque una línea de ayuda en su país.',
    shareDescription: 'En Estados Unidos, llame o envíe un mensaje de texto al 988. En una emergencia, llame al 911.',
    intro: 'No está solo y no tiene que esperar. Estos servicios son gratuitos, confidenciales y atienden de día y de noche.',
    suicideTitle: 'Si está pensando en el suicidio',
    suicideText:
      'En Estados Unidos, la Línea de Prevención del Suicidio y Crisis (988 Suicide & Crisis Lifeline) atiende llamadas y mensajes de texto a toda hora.',
    chat: 'Chat en español (página en inglés)',
    spanish:
      'Para hablar en español, llame al 988 y oprima el 2. Para escribir en español, envíe la palabra AYUDA por mensaje de texto al 988. El chat se abre en 988lifeline.org, una página en inglés. La Línea dice en su página [«What to expect»](https://988lifeline.org/get-help/what-to-expect) (en inglés) que su chat y sus mensajes de texto también atienden en español.',
    dangerTitle: 'Si corre peligro ahora mismo',
    dangerText:
      'Si siente que podría hacerse daño o quitarse la vida, o si alguien está gravemente herido o no respira, llame al 911 o vaya a la sala de emergencias más cercana.',
    elsewhereTitle: 'Fuera de Estados Unidos',
    canada: 'En Canadá, llame o envíe un mensaje de texto al 9-8-8, a toda hora.',
    elsewhere:
      'En cualquier otro país, busque una línea de ayuda gratuita en [findahelpline.com](https://findahelpline.com), o llame al número de emergencias de su país.',
    afterTitle: 'Después de un tratamiento con ketamina o Spravato',
    after:
      'Algunos problemas después de una dosis necesitan una llamada al 911, y otros una llamada hoy a su equipo de salud. Las señales están en [cuándo pedir ayuda después de un tratamiento](/articles/safety#when-to-get-help).',
  },
  about: {
    title: 'Sobre este sitio',
    metaTitle: 'Sobre este sitio, cómo escribimos y su privacidad',
    metaDescription: 'Quién escribe este sitio, cómo buscamos las fuentes, cómo escribimos y revisamos, y por qué no rastreamos nada de lo que hace aquí.',
    intro:
      '{site} explica el tratamiento con ketamina y esketamina a pacientes y familias con palabras claras. Lo escribe un pequeño equipo editorial independiente. No tenemos una clínica, no vendemos tratamientos, no aceptamos anuncios ni dinero de fabricantes de medicamentos.',
    policyTitle: 'Cómo escribimos y revisamos las páginas',
    policyIntro:
      'Así decidimos sobre qué escribir, de dónde vienen los datos, cómo comprobamos que se puede leer, cuándo volvemos a revisar una página y qué hacemos cuando usted nos avisa de un error.',
    policy: [
      {
        id: 'topics',
        title: 'Cómo elegimos los temas',
        text: 'Explicamos lo que necesita saber si piensa en un tratamiento con ketamina o Spravato, o si acompaña a alguien que lo hace: qué es, cómo actúa y cómo se da, en qué puede ayudar, sus riesgos, cómo es una visita y cómo encontrar atención segura. Cada sección responde a una pregunta que hacen los pacientes, con sus palabras, y se entiende sola cuando un profesional de salud la comparte.',
      },
      {
        id: 'evidence',
        title: 'Cómo buscamos y calificamos la evidencia',
        text: 'Primero miramos las etiquetas de los medicamentos y las agencias oficiales (como la FDA y la DEA de Estados Unidos), y después las revisiones sistemáticas, los estudios aleatorizados, las declaraciones de consenso y las agencias de salud del gobierno. El sitio de una clínica, un servicio de comunicados de prensa o una guía de publicidad nunca es una fuente. Cada número, fecha, aprobación, beneficio y riesgo lleva una cita numerada que enlaza a la fuente, para que pueda revisarla: vea [todas las fuentes que citamos](/sources). Decimos con palabras sencillas qué tan fuerte es la evidencia: aprobado por la FDA para este uso, usado fuera de indicación con estudios a favor, investigación inicial o solo en estudios. Ponemos los riesgos junto a los beneficios, y escribimos cada frase nosotros: no copiamos textos, no inventamos historias de pacientes ni usamos testimonios.',
      },
      {
        id: 'plain-language',
        title: 'Cómo medimos el lenguaje claro',
        text: 'Una revisión automática mide cada artículo e impide publicar el sitio si una página es difícil de leer: en inglés, un nivel de lectura de 8.º grado o menos (7.º o menos para la introducción) en la escala Flesch-Kincaid; en español, 70 o más en la escala Fernández-Huerta. Las palabras médicas se explican donde aparecen por primera vez y enlazan al [glosario](/glossary).',
      },
      {
        id: 'review-cycle',
        title: 'Cada cuánto revisamos las páginas',
        text: 'Cada artículo muestra cuándo se revisó, quién lo revisó, sus conflictos de interés y cuándo toca la próxima revisión: como máximo 12 meses después. Revisamos una página antes de tiempo cuando cambia algo en lo que se basa, como la etiqueta de un medicamento, un programa de seguridad o una advertencia de la FDA, y cuando un lector nos avisa de un error. Una página no puede basarse en una etiqueta que revisamos por última vez más de 12 meses antes de su revisión.',
      },
      {
        id: 'funding',
        title: 'Dinero y conflictos de interés',
        text: 'No tenemos una clínica, no vendemos tratamientos, no aceptamos anuncios ni dinero de fabricantes de medicamentos. Cada artículo dice los conflictos de interés de quien lo revisó, en “Sobre esta página”.',
      },
    ],
    feedbackTitle: 'Qué hacemos con sus comentarios y las correcciones',
    feedbackLink:
      'Avísenos de un error con el enlace “Informar de un problema en esta página” de cada artículo, sección, palabra del glosario y la página de ayuda. Abre su propia aplicación de correo con la dirección de la página ya escrita; no se envía nada hasta que usted lo envíe. Por favor, no incluya datos sobre su propia salud.',
    feedback:
      'Comprobamos lo que nos dice con las fuentes. Cuando una página estaba mal, la corregimos y anotamos la corrección en el historial de la página, en [qué cambió](/updates) y en su fuente Atom, con la fecha y las secciones que cambiaron. Si encuentra un error, dígaselo también a su equipo de salud.',
    reviewers:
      'Hoy revisa las páginas nuestro equipo editorial. Cuando un profesional de salud con nombre revise una página, la página lo dirá con sus títulos. Nunca diremos que hubo una revisión que no ocurrió.',
    languagesTitle: 'Inglés y español',
    languages:
      'Cada página está también [en inglés](/en). Las páginas en español se escriben a partir de las páginas en inglés, con los mismos datos, las mismas fuentes y los mismos enlaces a cada sección. Si una sección en inglés cambia, su versión en español lo avisa hasta que se actualice.',
    privacyTitle: 'Su privacidad',
    privacyIntro: 'Lo que usted lee sobre su salud es privado. Este sitio está hecho para no recoger nada sobre su visita:',
    privacy: [
      'Sin cookies, sin analítica, sin anuncios y sin píxeles de rastreo.',
      'Todos los archivos vienen de este sitio. No cargamos nada de otras empresas, ni siquiera tipos de letra.',
      'Las búsquedas se hacen en su propio dispositivo. No se envían a ningún lugar.',
      'Los enlaces a otros sitios no les dicen de qué página viene usted.',
    ],
    privacyReport: 'Un enlace “Informar de un problema” no recoge nada: abre su propia aplicación de correo, y no se envía nada hasta que usted lo envíe.',
    adviceTitle: 'Educación, no consejo médico',
    advice:
      'Este sitio no puede conocer su salud, sus medicamentos ni su historia. Úselo para preparar preguntas para un profesional de salud con licencia y tome las decisiones junto con esa persona. No empiece, deje ni cambie un medicamento por su cuenta.',
  },
  og: {
    footerArticle: (date: string) => `Lenguaje claro, cada dato con su fuente · Revisado el ${date}`,
    footerSection: (date: string) => `Revisado el ${date}`,
  },
}
