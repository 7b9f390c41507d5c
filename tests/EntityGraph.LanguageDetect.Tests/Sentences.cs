namespace EntityGraph.LanguageDetect.Tests;

/// <summary>Sentences written for these tests, two or more per language.</summary>
public static class Sentences
{
    public static TheoryData<string, string> Model => new()
    {
        { "en", "Yesterday evening we walked through the old town and talked about work and family." },
        { "en", "The government announced that the new rules will take effect from next month." },
        { "de", "Gestern Abend sind wir durch die Altstadt spaziert und haben über die Arbeit gesprochen." },
        { "de", "Die Regierung hat angekündigt, dass die neuen Regeln ab dem nächsten Monat gelten." },
        { "nl", "Gisteravond liepen we door de oude binnenstad en praatten we over ons werk." },
        { "nl", "De regering heeft aangekondigd dat de nieuwe regels volgende maand van kracht worden." },
        { "da", "I går aftes gik vi en tur i den gamle bydel og talte om arbejdet og familien." },
        { "da", "Regeringen har meddelt, at de nye regler træder i kraft fra næste måned." },
        { "sv", "Igår kväll promenerade vi i gamla stan och pratade om jobbet och familjen." },
        { "sv", "Regeringen meddelade att de nya reglerna börjar gälla från och med nästa månad." },
        { "fr", "Hier soir, nous nous sommes promenés dans la vieille ville en parlant du travail." },
        { "fr", "Le gouvernement a annoncé que les nouvelles règles entreront en vigueur le mois prochain." },
        { "es", "Ayer por la tarde paseamos por el casco antiguo y hablamos del trabajo y de la familia." },
        { "es", "El gobierno anunció que las nuevas normas entrarán en vigor el próximo mes." },
        { "pt", "Ontem à noite passeámos pela cidade velha e conversámos sobre o trabalho e a família." },
        { "pt", "O governo anunciou que as novas regras vão entrar em vigor no próximo mês." },
        { "pl", "Wczoraj wieczorem spacerowaliśmy z przyjaciółmi po starym mieście i rozmawialiśmy o pracy." },
        { "pl", "Ministerstwo zdrowia poinformowało, że nowe przepisy wejdą w życie w przyszłym miesiącu." },
        { "sk", "Včera večer sme sa s priateľmi prechádzali po starom meste a rozprávali sme sa o práci." },
        { "sk", "Ministerstvo zdravotníctva oznámilo, že nové pravidlá budú platiť od budúceho mesiaca." },
        { "hr", "Vlada je u utorak objavila da će tisuće radnika dobiti novi ugovor o plaćama do kraja godine." },
        { "hr", "Sveučilište u Zagrebu uvijek je privlačilo studente iz cijele regije, a ovo vrijeme nije iznimka." },
        { "sr", "Vlada je u utorak saopštila da će hiljade radnika dobiti novi ugovor o zaradama do kraja godine." },
        { "sr", "Univerzitet u Beogradu uvek je privlačio studente iz celog regiona, a ovo vreme nije izuzetak." },
        { "ru", "Вчера вечером мы гуляли по старому городу и разговаривали о работе и семье." },
        { "ru", "Правительство объявило, что новые правила вступят в силу со следующего месяца." },
        { "sr", "Влада је у уторак саопштила да ће хиљаде радника добити нови уговор до краја године." },
        { "sr", "Универзитет у Београду увек је привлачио студенте из целог региона, а ово време није изузетак." },
        { "zh", "政府宣布新规定将从下个月开始生效。" },
        { "zh", "昨天晚上我们在老城区散步，聊了聊工作和家庭。" },
        { "ja", "政府は新しい規則が来月から施行されると発表しました。" },
        { "ja", "昨日の夜、私たちは旧市街を散歩しながら仕事について話しました。" },
    };

    public static TheoryData<string, string> ScriptOnly => new()
    {
        { "ar", "أعلنت الحكومة أن القواعد الجديدة ستدخل حيز التنفيذ في الشهر المقبل." },
        { "ar", "ذهبنا مساء أمس في نزهة في المدينة القديمة وتحدثنا عن العمل." },
        { "hi", "सरकार ने घोषणा की कि नए नियम अगले महीने से लागू होंगे।" },
        { "hi", "कल शाम हम पुराने शहर में घूमे और काम के बारे में बात की।" },
        { "ko", "정부는 새로운 규칙이 다음 달부터 시행된다고 발표했습니다." },
        { "ko", "어제 저녁 우리는 구시가지를 산책하며 일에 대해 이야기했습니다." },
        { "el", "Η κυβέρνηση ανακοίνωσε ότι οι νέοι κανόνες θα ισχύσουν από τον επόμενο μήνα." },
        { "el", "Χθες το βράδυ περπατήσαμε στην παλιά πόλη και μιλήσαμε για τη δουλειά." },
        { "he", "הממשלה הודיעה שהכללים החדשים ייכנסו לתוקף בחודש הבא." },
        { "he", "אתמול בערב טיילנו בעיר העתיקה ודיברנו על העבודה." },
        { "th", "รัฐบาลประกาศว่ากฎใหม่จะมีผลบังคับใช้ตั้งแต่เดือนหน้า" },
        { "th", "เมื่อวานตอนเย็นเราเดินเล่นในเมืองเก่าและคุยกันเรื่องงาน" },
    };
}
