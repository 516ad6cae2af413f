package org.groundtruth.extraction;

/** What a party says when accused: denial, calling it fake, admission, investigation. */
final class ResponseWords {
    private ResponseWords() {
    }

    static final Lexicon LEXICON = new Lexicon()
            .add("CALLED_FAKE", "fake|fakes|faked|fabricated|fabrication|fabrications|staged|hoax|information attack|propaganda|lies|disinformation"
                    + "|كاذبه|كاذب|مزيفه|المزيفه|مفبرك*|فبرك*|اكاذيب|الاكاذيب|ادعاءات كاذبه|محض ادعاءات|تضليل"
                    + "|фейк*|вкид*|інсценув*|інсценіз*|постановк*")
            .add("DENIAL", "denied|denies|deny|denying|rejected|rejects|dismissed|refuted|refutes|did not carry out|had not carried out|not true|no strikes"
                    + "|nothing concrete|baseless|groundless|unfounded"
                    + "|نفت|نفى|تنفي|ينفي|انفي|نفي|نافيه|رفضته|رفضت|تكذب|كذبت|لا اساس|لا صحه|عاري* عن الصحه|غير صحيحه"
                    + "|заперечу*|заперечи*|заперечил*|спростува*|спростову*|не відповідає дійсності|не завдавал*|не наносил*")
            .add("ADMISSION", "admitted|admits|acknowledged|acknowledges|took responsibility|claimed responsibility|accepted responsibility|confirmed it struck"
                    + "|اعترف*|اقرت|اقر|تبنت|تبنى|اعلنت مسؤوليتها|визнав|визнала|визнали|взяв* на себе відповідальність")
            .add("INVESTIGATION_OPENED", "investigating|opened an investigation|launched an investigation|looking into|will investigate|is investigating"
                    + "|فتح تحقيق|فتحت تحقيقا|تحقيق في|ستحقق|بصدد التحقيق");
}
