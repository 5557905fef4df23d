"""Page-chrome vocabulary in en, fr, es, de, it, ar, ru: what buttons, menus and headers say.

Patterns are matched against a line folded to lower case. ``UI_WORDS`` are words of
buttons and menus: a short line made mostly of them is chrome. ``HEADERS`` open a section
(comments, related links, author bio) and are matched against the whole short line.
``LEADS`` start a line of any reasonable length (a teaser, a cookie banner, a bio).
"""

from __future__ import annotations

import re

from ..records import RemovedKind


def _any(*phrases: str) -> str:
    """One alternation, longest first so "sign in" wins over "sign"."""
    return "|".join(sorted(phrases, key=len, reverse=True))


UI_WORDS: dict[RemovedKind, str] = {
    "login": _any(
        "log in", "login", "log-in", "sign in", "sign-in", "sign up", "sign out", "log out",
        "register", "forgot password\\?", "forgot your password\\?", "create an account",
        "create account", "my account", "subscribe", "subscribe now", "already a subscriber\\?",
        "password", "username", "remember me",
        "se connecter", "connexion", "s'inscrire", "s’inscrire", "inscription", "déconnexion",
        "mot de passe oublié ?", "mot de passe oublié", "mot de passe", "créer un compte",
        "mon compte", "s'abonner", "s’abonner", "je m'abonne", "je m’abonne", "déjà abonné ?",
        "iniciar sesión", "cerrar sesión", "registrarse", "regístrate", "contraseña",
        "¿olvidaste tu contraseña\\?", "olvidé mi contraseña", "crear cuenta", "mi cuenta",
        "suscríbete", "suscribirse", "acceder",
        "anmelden", "einloggen", "abmelden", "registrieren", "passwort vergessen\\?",
        "passwort vergessen", "passwort", "konto erstellen", "mein konto", "abonnieren",
        "jetzt abonnieren",
        "accedi", "esci", "registrati", "password dimenticata\\?", "password dimenticata",
        "crea un account", "il mio account", "abbonati",
        "تسجيل الدخول", "تسجيل دخول", "تسجيل الخروج", "إنشاء حساب", "انشاء حساب",
        "نسيت كلمة المرور\\؟?", "كلمة المرور", "حسابي", "اشترك الآن", "اشترك", "دخول",
        "войти", "вход", "выйти", "регистрация", "зарегистрироваться", "забыли пароль\\?",
        "забыли пароль", "пароль", "создать аккаунт", "личный кабинет", "подписаться",
    ),
    "share": _any(
        "share", "share this", "share this article", "share this story", "share on",
        "tweet", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email",
        "e-mail", "copy link", "print", "pinterest", "reddit", "messenger", "vk", "вконтакте",
        "partager", "partager sur", "partager cet article", "imprimer", "copier le lien",
        "compartir", "compartir en", "imprimir", "copiar enlace", "copiar el enlace",
        "copiar el vínculo", "copiar vínculo", "comparte", "comparte esta actualización en",
        "comparte esta actualización",
        "teilen", "artikel teilen", "drucken", "link kopieren",
        "condividi", "condividi su", "stampa", "copia link",
        "مشاركة", "شارك", "شارك المقال", "طباعة", "نسخ الرابط", "فيسبوك", "تويتر", "واتساب",
        "поделиться", "распечатать", "печать", "скопировать ссылку", "одноклассники",
    ),
    "navigation": _any(
        "home", "homepage", "menu", "search", "news", "world", "politics", "business",
        "economy", "sport", "sports", "culture", "opinion", "science", "tech", "technology",
        "health", "entertainment", "lifestyle", "travel", "video", "videos", "podcasts",
        "weather", "about us", "about", "contact", "contact us", "privacy policy", "privacy",
        "terms of use", "terms of service", "terms", "careers", "advertise", "sitemap",
        "newsletters", "newsletter", "more", "back to top", "skip to content",
        "table of contents", "contents", "inhaltsverzeichnis", "sommaire", "índice",
        "indice", "spis treści",
        "skip to main content", "latest", "local", "national", "international", "europe",
        "africa", "asia", "americas", "middle east", "uk", "us",
        "accueil", "rechercher", "recherche", "actualités", "actualité", "monde", "politique",
        "économie", "société", "sciences", "santé", "vidéos", "international", "france",
        "mentions légales", "nous contacter", "qui sommes-nous", "qui sommes-nous ?",
        "inicio", "portada", "buscar", "noticias", "mundo", "política", "economía",
        "deportes", "sociedad", "cultura", "opinión", "contacto", "aviso legal",
        "startseite", "suche", "nachrichten", "politik", "wirtschaft", "kultur", "wissen",
        "meinung", "panorama", "impressum", "datenschutz", "kontakt",
        "cerca", "notizie", "cronaca", "politica", "economia", "esteri", "spettacoli",
        "contatti", "chi siamo",
        "الرئيسية", "الصفحة الرئيسية", "بحث", "أخبار", "اخبار", "سياسة", "اقتصاد", "رياضة",
        "ثقافة", "منوعات", "رأي", "مقالات", "فيديو", "عربي", "دولي", "اتصل بنا", "من نحن",
        "سياسة الخصوصية", "الأخبار",
        "главная", "поиск", "новости", "в мире", "мир", "политика", "экономика", "спорт",
        "культура", "общество", "происшествия", "наука", "мнения", "видео", "контакты",
        "о нас", "о проекте", "реклама на сайте",
    ),
    "comment": _any(
        "reply", "replies", "comments", "comment", "like", "report", "répondre", "réponse",
        "signaler", "commentaires", "commenter", "responder", "comentarios", "antworten",
        "kommentare", "melden", "rispondi", "commenti", "رد", "الرد", "تعليقات", "التعليقات",
        "ответить", "комментарии", "пожаловаться",
    ),
    "cookie": _any(
        "accept", "accept all", "accept cookies", "reject all", "cookie settings",
        "manage cookies", "cookies", "i agree", "got it", "accepter", "tout accepter",
        "refuser", "paramètres des cookies", "aceptar", "rechazar", "akzeptieren",
        "alle akzeptieren", "ablehnen", "accetta", "rifiuta", "موافق", "قبول", "принять",
        "согласен", "отклонить",
    ),
}

HEADERS: dict[RemovedKind, str] = {
    "comment": _any(
        r"\d+ comments?", "no comments", "comments?", r"comments? \(\d+\)", "leave a reply",
        "leave a comment", "post a comment", "add a comment", "add comment", "join the discussion",
        "join the conversation", "show comments", "load more comments", "view comments",
        r"(one|\d+) thoughts? on .{1,200}", "reader comments", "responses",
        r"\d+ commentaires?", r"commentaires? \(\d+\)", "commentaires?", "laisser un commentaire",
        "ajouter un commentaire", "réagir", "réagissez", "vos réactions", "les réactions",
        r"\d+ comentarios?", "comentarios", "deja un comentario", "deja una respuesta",
        "añadir comentario", r"\d+ kommentare?", "kommentare", "kommentar schreiben",
        "schreiben sie einen kommentar", "leserkommentare", r"\d+ commenti", "commenti",
        "lascia un commento", "lascia un commento qui", "scrivi un commento",
        "التعليقات", "تعليقات", r"\d+ تعليقات?", "أضف تعليق", "أضف تعليقا", "أضف تعليقاً",
        "اترك تعليقا", "اترك تعليقاً", "اترك رد", "اترك ردا", "اترك رداً", "آراء القراء",
        "комментарии", r"\d+ комментари(й|я|ев)", "оставить комментарий",
        "добавить комментарий", "обсуждение", "ваш комментарий",
    ),
    "related": _any(
        "related", "related articles", "related stories", "related news", "related posts",
        "related content", "related coverage", "read more", "read also", "also read",
        "see also", "check also", "more from .{1,60}", "more on this story", "more stories",
        "you may also like", "you might also like", "recommended", "recommended for you",
        "most read", "most popular", "trending", "trending now", "top stories", "latest news",
        "à lire aussi", "a lire aussi", "lire aussi", "lire la suite", "voir aussi",
        "sur le même sujet", "les plus lus", "articles similaires", "à voir aussi",
        "plus d'articles", "plus d'articles de .{1,60}", "plus d’articles de .{1,60}",
        "más artículos", "más artículos de .{1,60}", "altri articoli", "altri articoli di .{1,60}",
        "weitere artikel von .{1,60}", "more articles", "more articles from .{1,60}",
        "à découvrir", "nos articles", "dans la même rubrique",
        "te puede interesar", "también te puede interesar", "lee también", "leer más",
        "noticias relacionadas", "lo más leído", "ver también", "más noticias",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "weitere artikel",
        "das könnte sie auch interessieren", "meistgelesen", "auch interessant", "weiterlesen",
        "leggi anche", "potrebbe interessarti", "articoli correlati", "i più letti",
        "leggi tutto", "ti potrebbe interessare",
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد",
        "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "مقالات ذات صلة", "الأكثر قراءة",
        "قد يعجبك أيضا", "قد يهمك أيضا", "شاهد أيضا", "شاهد أيضاً",
        "читайте также", "читать также", "смотрите также", "по теме", "похожие новости",
        "самое читаемое", "читать далее", "подробнее", "материалы по теме", "популярное",
        "еще по теме", "ещё по теме", "другие новости",
        "notas relacionadas", "contenido relacionado", "más sobre .{1,60}", "weitere themen",
        "zum weiterlesen", "weitere beiträge.{0,60}", "mehr zum thema .{1,60}",
        "das könnte dich auch interessieren", "quellenangaben", "czytaj także", "zobacz także",
        "polecamy", "leia também", "veja também",
    ),
    "author_bio": _any(
        "about the author", "about the authors", "about the reporter", "about the writer",
        "author bio", "more by this author", "more articles by this author",
        "à propos de l'auteur", "à propos de l’auteur", "a propos de l'auteur", "l'auteur",
        "l’auteur", "sobre el autor", "sobre la autora", "acerca del autor", "el autor",
        "über den autor", "über die autorin", "zur person", "der autor", "die autorin",
        "sull'autore", "sull’autore", "l'autore", "l’autore", "chi è l'autore",
        "عن الكاتب", "نبذة عن الكاتب", "عن المؤلف", "عن الكاتبة", "الكاتب",
        "об авторе", "автор материала", "все материалы автора",
        "all (his|her|their) (articles|stories)", "all articles by .{1,60}",
        "tous ses articles", "tous les articles de .{1,60}", "todos sus artículos",
        "todos los artículos de .{1,60}", "tutti i suoi articoli", "tutti gli articoli di .{1,60}",
        "alle artikel von .{1,60}", "alle beiträge von .{1,60}",
    ),
}

# Lines that start like this belong to ``kind`` whatever follows ("Read more: The ...").
LEADS: dict[RemovedKind, str] = {
    "related": _any(
        "read more:", "read also:", "also read:", "see also:", "related:", "check also:",
        "more:", "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "te puede interesar",
        "lee también", "leer más:", "lesen sie auch", "mehr zum thema:", "leggi anche",
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "شاهد أيضا",
        "читайте также", "смотрите также", "по теме:",
        "lea también", "lea más:", "lea:", "le puede interesar", "les puede interesar",
        "mira:", "puedes ver:", "ver más:", "zum weiterlesen", "lesen sie mehr:", "mehr dazu:",
        "auch interessant:", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
        "leia também", "leia mais", "veja também",
    ),
    "author_bio": _any(
        "follow (him|her|them) on", "follow .{1,40} on (twitter|x|facebook|instagram)",
        "contact the author", "email the author", "suivez-(le|la) sur", "écrire à l'auteur",
        "sígue(le|la) en", "folgen sie .{1,40} auf", "seguilo su", "seguila su",
        "تابعوا الكاتب", "تابع الكاتب", "подписывайтесь на автора",
    ),
    "share": _any(
        "share on", "share this", "partager sur", "partagez", "compartir en", "teilen auf",
        "condividi su", "شارك على", "поделиться в",
        "did you (like|enjoy) this (article|story)", "cet article (t|vous) a plu",
        "vous avez aimé cet article", "(¿)?te (ha gustado|gustó) (este|el) artículo",
        "ti è piaciuto (questo|l')articolo", "hat (ihnen|dir) (dieser|der) artikel gefallen",
    ),
    "login": _any(
        "sign in to", "log in to", "subscribe to (read|continue)", "already a subscriber",
        "connectez-vous pour", "abonnez-vous pour", "cet article est réservé aux abonnés",
        "inicia sesión para", "suscríbete para", "melden sie sich an", "jetzt anmelden",
        "accedi per", "abbonati per", "سجل الدخول", "قم بتسجيل الدخول", "войдите, чтобы",
        "войдите чтобы", "авторизуйтесь",
        # Password-reset forms: "Saisissez votre adresse e-mail fournie lors de votre
        # inscription. Vous recevrez ... réinitialiser votre mot de passe."
        "enter your e-?mail address", "enter the e-?mail address", "forgot your password",
        "saisissez votre (adresse )?e-?mail", "entrez votre (adresse )?e-?mail",
        "introduce tu (correo|e-?mail)", "introduzca su (correo|e-?mail)",
        "geben sie ihre e-?mail", "inserisci (il tuo )?(indirizzo )?e-?mail",
        "введите (ваш )?(адрес )?(электронной почты|e-?mail)",
    ),
}

# Footer legal lines, matched anywhere in a short line; "copyright" alone is a word that
# prose uses ("Erdogan's copyright"), so it counts only as "Copyright 2024" or "Copyright ©".
LEGAL = re.compile(
    r"©|\bcopyright\s*(?:©|\(c\)|\d{4})|^copyright\b|all rights reserved|"
    r"tous droits réservés|todos los derechos reservados|"
    r"alle rechte vorbehalten|tutti i diritti riservati|جميع الحقوق محفوظة|все права защищены",
    re.IGNORECASE,
)
# Ad slots: the whole line is one of these words.
AD_LINE = re.compile(
    r"(?:advertisement|advertising|sponsored( content)?|publicité|sponsorisé|publicidad|"
    r"anzeige|werbung|pubblicità|إعلان|اعلان|реклама)[\s:.]*",
    re.IGNORECASE,
)

# Cookie banners are whole sentences; these phrases anywhere in a line mark one.
COOKIE_SENTENCE = re.compile(
    r"\b(we|this (web)?site|our (web)?site|our partners) (and our partners )?"
    r"(use|uses|store)s? cookies|\bcookie (policy|settings|preferences)|"
    r"nous utilisons (des|les) (cookies|traceurs|témoins)|utilise des cookies|"
    r"\btémoins de navigation|\bpolitique de cookies|"
    r"(respect de )?votre vie privée est importante? pour nous|"
    r"your privacy is important to us|we value your privacy|"
    r"(tu|su) privacidad es importante|ihre privatsphäre ist uns wichtig|"
    r"la tua privacy è importante|"
    r"utilizamos cookies|usamos cookies|política de cookies|wir verwenden cookies|"
    r"verwendet cookies|cookie-richtlinie|utilizziamo (i )?cookie|cookie policy|"
    r"ملفات تعريف الارتباط|ملفات الكوكيز|"
    r"(использу(ем|ет)|применяем) (файлы )?cookie|файлы cookie|куки",
    re.IGNORECASE,
)
# A word every COOKIE_SENTENCE match contains (same flags, so never a miss): one short
# alternation rules most lines out at a fifth of the full pattern's cost (issue 11).
# Keep it in step with COOKIE_SENTENCE (tests/test_clean_speed.py checks each branch).
COOKIE_HINT = re.compile(r"cookie|témoin|traceur|privacy|privée|privacid|privat|ملفات|куки",
                         re.IGNORECASE)

# Bio sentences: "<Name> is a reporter at ...", in each language.
_NAME = r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*\s+){1,4}"
BIO_SENTENCE = re.compile(
    rf"^{_NAME}(?:is an?|est(?: une?)?|es|ist|è)\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:reporter|correspondent|journalist|editor|writer|columnist|contributor|producer|"
    r"journaliste|correspondant|correspondante|rédacteur|rédactrice|éditorialiste|"
    r"chroniqueur|chroniqueuse|periodista|corresponsal|redactor|redactora|columnista|"
    r"redakteur|redakteurin|korrespondent|korrespondentin|journalistin|reporterin|"
    r"giornalista|corrispondente|redattore|redattrice|inviato|inviata)\b"
    rf"|^{_NAME}[—–-]\s*(?:[\w-]+\s+){{0,3}}?(?:корреспондент|журналист|журналистка|"
    r"обозреватель|редактор)"
    r"|^(?:\S+\s+){1,4}(?:هو|هي)?\s*(?:صحفي|صحفية|صحافي|صحافية|مراسل|مراسلة|محرر|محررة|"
    r"كاتب|كاتبة)\s+(?:في|لدى|لصحيفة|بصحيفة|ل)",
)
# Pronouns and articles that start body sentences, never a bio's name.
BIO_NOT_NAMES = frozenset({"he", "she", "it", "they", "this", "that", "who", "il", "elle",
                           "ce", "cela", "él", "ella", "er", "sie", "es", "lui", "lei",
                           "the", "le", "la", "el", "der", "die", "das"})

# Reader comment headers: "John says:", "Jean Dupont dit :".
COMMENT_SAYS = re.compile(
    r"^[^\s:]+(?:\s+[^\s:]+){0,3}\s+(says|said|dit|dice|sagt|ha detto|scrive|пишет|"
    r"написал|написала|يقول|كتب)\s*:", re.IGNORECASE)
# A clock time: "14:05", "2:05 pm", "14h05".
CLOCK = re.compile(r"\b\d{1,2}(?::|h)\d{2}(?:\s*[ap]\.?m\.?)?\b", re.IGNORECASE)

# A publication or update stamp: the word, then a date or a time ("Publié le 30 juin 2013
# à 16h44", "Updated: 3/7/2013", "Actualizado 19:03h"). With a clock time beside it, the
# words are the page's, not an event's ("the report published on 3 July" has no clock).
STAMP = re.compile(
    r"\b(?:publié|mis à jour|modifié|updated|published|posted|last modified|actualizado|"
    r"publicado|aggiornato|pubblicato|aktualisiert|veröffentlicht|обновлено|опубликовано)"
    r"\s*(?:le|el|il|am|on|:)?\s*\d", re.IGNORECASE)

# Photo credits and source notes: a short line that starts like this ("Foto: dpa",
# "Fot. Jan Nowak / Agencja Gazeta", "Titelbild: ...").
CREDIT = re.compile(
    r"(?:fuente de la imagen|image source|source de l['’]image|fonte dell['’]immagine)\s*[:,.]|"
    r"fot\.|(?:fotos?|photos?|bild|bilder|titelbild|beitragsbild|image|credits?|crédits?|"
    r"crédito|quelle|quellen|fuente|source|imagen|foto de portada)\s*[:.]|"
    r"(?:anzeige|werbung|advertisement|sponsored|publicité|publicidad)\s*[-–:]",
    re.IGNORECASE,
)
# Affiliate disclosures and comment rules: boilerplate sentences found inside bodies.
DISCLOSURE = re.compile(
    r"affiliate[- ]?links?|we may (?:receive|earn) (?:a )?(?:compensation|commission)|"
    r"contains references to products|advertisers do not influence|provisions-?links?|"
    r"comments are moderated|we welcome reader comments|netiquette|"
    r"comments are civil",
    re.IGNORECASE,
)
# Calls to subscribe or sign up, anywhere in a short line: they sit between body paragraphs.
PROMO = re.compile(
    r"\b(?:sign up (?:for|to|here|now)|subscribe (?:to|now|here)|newsletter abonnieren|"
    r"(?:zum|unseren?|den|our|the|free) newsletter|jetzt abonnieren|jetzt registrieren|"
    r"suscríbete|suscribirse|hazte miembro|abonnez-vous|inscrivez-vous|unterstütze|"
    r"support (?:our|us)|zapraszamy do subskrypcji|pour lire la suite|pour accéder|"
    r"to view the full story|already a subscriber|bereits abonnent)(?!\w)",
    re.IGNORECASE,
)
# Status messages of the page's own widgets, addressed to the reader: where a link opens,
# an offer of browser notifications, a loading error. They sit just above the body, where
# the title is looked for, and are no word of any article. Only whole phrases: "riprova"
# alone is also Italian for "proof", "could not load" a truck's cargo.
UI_MESSAGE = re.compile(
    r"(?:abrir[áa]n? en una nueva (?:ventana|pestaña)|se abre en una nueva (?:ventana|pestaña)|"
    r"opens? in a new (?:window|tab)|s'ouvre(?:nt)? dans une nouvelle (?:fenêtre|fenetre|onglet)|"
    r"s’ouvre(?:nt)? dans une nouvelle (?:fenêtre|fenetre)|si apr(?:e|ono) in una nuova "
    r"(?:finestra|scheda)|reciba (?:las )?notificaciones|recibir notificaciones|"
    r"activar (?:las )?notificaciones|receive notifications|enable notifications|"
    r"recevoir (?:les )?notifications|activer les notifications|ricevere (?:le )?notifiche|"
    r"attivare le notifiche|int[ée]ntalo (?:de nuevo|más tarde)|vuelve a intentarlo|"
    r"no (?:hemos|se ha) podido cargar|impossible de charger|"
    r"estamos cargando|cargando tus|chargement en cours|caricamento in corso|"
    r"try again later|please try again|réessayez plus tard|riprova più tardi)"
    r"(?!\w)",
    re.IGNORECASE,
)
