import Foundation
import Testing
@testable import Annals

/// The annotated paragraphs of `Fixtures/quotations.jsonl` (wire copy,
/// features, transcripts; every construction of the quotation stage):
/// precision, recall and attribution must not fall below what the stage
/// reaches today. `Scripts/eval-quotes.py` prints the same figures.
struct QuotationFixtureTests {
    struct Expected {
        var starts: String
        var kind: String
        var speaker: String?
    }

    static func normalized(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
            .replacingOccurrences(of: "\u{2019}", with: "'").lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func attributionOnAnnotatedParagraphs() throws {
        let url = TestSupport.repositoryRoot.appendingPathComponent("Tests/AnnalsTests/Fixtures/quotations.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 40)
        var found = 0, expected = 0, matched = 0, attributed = 0
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            let wants = (object["quotes"] as? [[String: Any]] ?? []).map {
                Expected(starts: $0["starts"] as? String ?? "", kind: $0["kind"] as? String ?? "", speaker: $0["speaker"] as? String)
            }
            let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
            found += analysis.quotes.count
            expected += wants.count
            var used = Set<String>()
            for want in wants {
                let w = Self.normalized(want.starts)
                guard let q = analysis.quotes.first(where: { !used.contains($0.id) && Self.normalized($0.text).hasPrefix(w) })
                        ?? analysis.quotes.first(where: { !used.contains($0.id) && Self.normalized($0.text).contains(w) })
                else { continue }
                used.insert(q.id)
                matched += 1
                let speaker = analysis.actors.first { $0.id == q.speaker }
                let names = speaker.map { [$0.actor.name] + $0.mentions.map(\.text) } ?? []
                if let name = want.speaker {
                    let n = Self.normalized(name)
                    if names.contains(where: { Self.normalized($0) == n || n.contains(Self.normalized($0)) && $0.count > 3 }) {
                        attributed += 1
                    }
                } else if speaker == nil {
                    attributed += 1
                }
            }
        }
        let precision = Double(matched) / Double(max(found, 1))
        let recall = Double(matched) / Double(max(expected, 1))
        let attribution = Double(attributed) / Double(max(matched, 1))
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(recall >= 0.93, "recall \(recall)")
        #expect(attribution >= 0.95, "attribution \(attribution)")
    }

    /// The speaker's name of a quotation that starts with `starts`, if it has one.
    func speaker(of starts: String, in text: String) -> String? {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
        guard let quote = analysis.quotes.first(where: { $0.text.hasPrefix(starts) }), let id = quote.speaker else { return nil }
        return analysis.actors.first { $0.id == id }?.actor.name
    }

    /// A quotation whose speaker one rule decides: the rule, the text, how the quotation starts, its speaker.
    struct SpeakerCase: Sendable, CustomTestStringConvertible {
        var rule: String
        var text: String
        var starts: String
        var speaker: String
        var testDescription: String { rule }
    }

    static let speakerCases: [SpeakerCase] = [
        SpeakerCase(rule: "a name's last words are the person",
                    text: "A Hamas team led by senior official Sami Abu Hatab was in Cairo. Israel accused Hamas of diverting aid. "
                        + "Abu Hatab rejected the charge, saying that Israel was holding convoys. He said Hamas \"remains committed.\"",
                    starts: "remains committed", speaker: "Sami Abu Hatab"),
        SpeakerCase(rule: "the first of two surnames is the person",
                    text: "Supreme Electoral Tribunal President Raul Vargas Cuellar spoke in La Paz. \"The people have spoken freely,\" Vargas said.",
                    starts: "The people have spoken", speaker: "Raul Vargas Cuellar"),
        SpeakerCase(rule: "an untitled speaker is the one his office stands for",
                    text: "Rafael Grossi said the agency had lost track of the centrifuges. \"This cannot continue,\" the director general said.",
                    starts: "This cannot continue", speaker: "Rafael Grossi"),
        SpeakerCase(rule: "a place after the speaker is where the speaker is",
                    text: "Japan's Foreign Ministry expressed concern, and Japan's ambassador in Manila wrote on X that Tokyo "
                        + "\"stands with the Philippines.\"",
                    starts: "stands with the Philippines", speaker: "Japan's Ambassador"),
        SpeakerCase(rule: "'it' is the body or state that opens the sentence",
                    text: "Afghanistan's foreign ministry summoned the envoy to protest what it called \"repeated aggression\".",
                    starts: "repeated aggression", speaker: "Afghanistan's foreign ministry"),
        SpeakerCase(rule: "the spokesperson is the body that just spoke through one",
                    text: "Russia's foreign ministry spokeswoman called the plan theft. A spokesperson for China's finance ministry "
                        + "said in Beijing that the measures risked undermining confidence. Beijing opposed \"any politicisation of "
                        + "financial instruments\", the spokesperson added.",
                    starts: "any politicisation", speaker: "China's finance ministry"),
        SpeakerCase(rule: "the speaker opens the sentence after a dateline",
                    text: "Vote count goes on\n\nLA PAZ, Nov 3 (Reuters) - Bolivia's electoral authority said on Sunday that turnout "
                        + "had reached 80 percent.",
                    starts: "turnout had reached", speaker: "Bolivia's electoral authority"),
        SpeakerCase(rule: "a person's party after 'of' stands between the person and the cue",
                    text: "Sen. Marta Ruiz of the opposition Civic Renewal Party called the plan \"a surrender.\"",
                    starts: "a surrender", speaker: "Marta Ruiz"),
        SpeakerCase(rule: "a title, a name and a body's name with an 'of' of its own may stand between quotation and cue",
                    text: "\"We have reason to suspect sabotage,\" Detective Chief Inspector Sami Rautio of the National Bureau of "
                        + "Investigation told a news conference.",
                    starts: "We have reason", speaker: "Sami Rautio"),
        SpeakerCase(rule: "a person's office speaks for the person, and 'it' after it is the office",
                    text: "Libyan Prime Minister Ali Dbeibah met the envoy. Dbeibah's office said the government had ordered a "
                        + "ceasefire. It said 14 fighters had been detained.",
                    starts: "14 fighters", speaker: "Ali Dbeibah"),
        SpeakerCase(rule: "an acronym in brackets may stand between the speaker and the cue",
                    text: "In Washington, the Organization of American States (OAS) said it was following events in Peru \"with great attention\".",
                    starts: "with great attention", speaker: "Organization of American States"),
        SpeakerCase(rule: "a party after 'of' may end in 'party'",
                    text: "Senator Luis Ortega of the right-wing Democratic Centre party said the deal was \"a gift to terrorists\".",
                    starts: "a gift to terrorists", speaker: "Luis Ortega"),
        SpeakerCase(rule: "an organisation's body named after it is the organisation",
                    text: "The UN Verification Mission in Colombia praised the resumption as \"an encouraging sign\".",
                    starts: "an encouraging sign", speaker: "United Nations"),
        SpeakerCase(rule: "two institutions of one state and one code are two speakers",
                    text: "Bolivia's electoral authority said turnout was high. The Interior Ministry said police had detained "
                        + "12 people. The ministry said the detainees would face charges.",
                    starts: "the detainees would", speaker: "Interior Ministry"),
        SpeakerCase(rule: "the name a speaker is known by names it",
                    text: "Lithuania asked the NATO-led force in Kosovo to protect the crossing. That force, known as KFOR, said it "
                        + "was \"in close contact with both sides.\"",
                    starts: "in close contact", speaker: "Kosovo Force"),
        SpeakerCase(rule: "a speaker before the name it is known by",
                    text: "Chile's foreign ministry protested. Argentina urged restraint. \"We call on both parties to talk,\" the "
                        + "foreign ministry, known as the Palacio San Martin, said.",
                    starts: "We call on both", speaker: "Foreign Ministry"),
        SpeakerCase(rule: "a portfolio after 'for' stands between role and name",
                    text: "In Geneva, U.N. Under-Secretary-General for Humanitarian Affairs Lena Okoro briefed donors. \"The roads "
                        + "must open,\" Okoro told reporters.",
                    starts: "The roads", speaker: "Lena Okoro"),
        SpeakerCase(rule: "a day between the subject and the cue",
                    text: "North Korea stayed silent. Its official Korean Central News Agency (KCNA) on Wednesday called the "
                        + "episode the \"frenzy of a puppet\".",
                    starts: "frenzy of a puppet", speaker: "Korean Central News Agency"),
        SpeakerCase(rule: "after 'saying' comes the reported clause, not the speaker",
                    text: "Nigerian Foreign Minister Amina Bello spoke. She criticised what she called the reliance on "
                        + "\"foreign mercenaries,\" saying it had not made the region safer.",
                    starts: "foreign mercenaries", speaker: "Amina Bello"),
        SpeakerCase(rule: "a body with a portfolio of its own is that body",
                    text: "South Korea's government met on Monday. The unification ministry, which handles inter-Korean affairs, "
                        + "said the coverage was \"clearly intended to stir division\".",
                    starts: "clearly intended", speaker: "Unification Ministry"),
        SpeakerCase(rule: "someone new in a capital speaks for its state, and is 'she' after",
                    text: "Burundi rejected the charge. A government spokeswoman in Gitega said the papers were \"forgeries\". "
                        + "\"We will not be dragged into this,\" she said.",
                    starts: "We will not be dragged", speaker: "Government Spokeswoman"),
        SpeakerCase(rule: "a second office after 'and' closes the apposition",
                    text: "\"It is aggression,\" Paul Mbala, the Congolese information minister and government spokesman, told "
                        + "reporters.",
                    starts: "It is aggression", speaker: "Paul Mbala"),
        SpeakerCase(rule: "a number's compound before a body's possessive",
                    text: "The Caribbean Community met. The 15-member bloc's secretary-general, Ruth Abbott, said leaders would "
                        + "meet again.",
                    starts: "leaders would meet", speaker: "Ruth Abbott"),
        SpeakerCase(rule: "'the group' after a group named by that noun is that group",
                    text: "The RSF shelled the market, killing 23 people, according to the Darfur Lawyers, a Sudanese rights "
                        + "group. \"Eleven of the dead were children,\" the group said.",
                    starts: "Eleven of the dead", speaker: "Sudanese rights group"),
        SpeakerCase(rule: "a body whose role only describes is the body of its noun",
                    text: "Sudan's army took the town. The army-aligned government in Port Sudan was cool on the idea. Its foreign "
                        + "ministry said any truce must not \"reward the militia\".",
                    starts: "reward the militia", speaker: "foreign ministry"),
        SpeakerCase(rule: "the office of a body after 'of' is someone of that body",
                    text: "The chairperson of the African Union Commission urged restraint. \"The guns must stay silent,\" he "
                        + "said in a statement.",
                    starts: "The guns must", speaker: "Chairperson of the African Union Commission"),
        SpeakerCase(rule: "'whose' opens a title as an article does",
                    text: "Haiti's transitional council met on Monday. The remarks were condemned by the council, whose "
                        + "coordinator, Jean-Marc Bastien, spoke on Tuesday. \"We will not negotiate,\" Bastien said.",
                    starts: "We will not negotiate", speaker: "Jean-Marc Bastien"),
        SpeakerCase(rule: "a passive's agent after the quotation speaks",
                    text: "Eritrea accused Ethiopia of massing troops. The statement was dismissed as \"baseless propaganda\" by "
                        + "Ethiopia's foreign ministry.",
                    starts: "baseless propaganda", speaker: "Ethiopia's foreign ministry"),
        SpeakerCase(rule: "a cue inside a relative clause is its antecedent's",
                    text: "Ethiopia's foreign ministry, which said Asmara was \"manufacturing a crisis\", summoned the envoy.",
                    starts: "manufacturing a crisis", speaker: "Ethiopia's foreign ministry"),
        SpeakerCase(rule: "a plural's apostrophe is its possessive, and the acronym a body goes by stands before the cue",
                    text: "The Philippines' National Security Council, or NSC, said the vessel blasted the boat \"at close "
                        + "range\" for ten minutes.",
                    starts: "at close range", speaker: "Philippines' National Security Council"),
        SpeakerCase(rule: "the body that spoke in the sentence speaks again through its spokesperson",
                    text: "Coast guard spokesperson Gan Yu said the boat intruded. In Beijing, a spokesperson for China's Foreign "
                        + "Ministry said Manila had \"broken its promise\" and demanded that it tow away what the spokesperson "
                        + "called the \"illegally grounded\" vessel.",
                    starts: "illegally grounded", speaker: "China's Foreign Ministry"),
        SpeakerCase(rule: "a later use of an acronym defined for a body is that body",
                    text: "Myanmar's ruling State Administration Council (SAC) met on Monday. The SAC on Tuesday extended the "
                        + "truce. It warned, however, that the military would take \"necessary action\" against attackers.",
                    starts: "necessary action", speaker: "State Administration Council"),
        SpeakerCase(rule: "a body before an apposition with 'an', over its acronym",
                    text: "In Myanmar, the Arakan Army (AA), an ethnic armed group that controls most of the state, said its "
                        + "fighters had \"responded in self-defence.\"",
                    starts: "responded in self-defence", speaker: "Arakan Army"),
        SpeakerCase(rule: "a cue's form used as a noun is no verb whose subject speaks",
                    text: "India has repeatedly rejected China's claims to Arunachal Pradesh, saying the state \"will always "
                        + "be\" an integral part of the country.",
                    starts: "will always be", speaker: "India"),
        SpeakerCase(rule: "a cue whose words hold a quotation gives way to a later cue",
                    text: "Malaysian Prime Minister Hafiz Rahman met European negotiators on Monday. Rahman warned that Malaysia "
                        + "would \"respond in kind\" if the bloc imposed new tariffs, and Malaysia's trade ministry said the "
                        + "government had drawn up a list of European goods.",
                    starts: "the government had drawn up", speaker: "Malaysia's trade ministry"),
        SpeakerCase(rule: "a given name only one person has",
                    text: "The ASEAN special envoy on Myanmar, Othman Hashim, met the junta chief on Monday. \"The talks were "
                        + "frank,\" Othman told reporters.",
                    starts: "The talks were frank", speaker: "Othman Hashim"),
        SpeakerCase(rule: "what is expressed in quotation marks",
                    text: "Egypt's foreign ministry expressed \"deep concern\" over the clashes.",
                    starts: "deep concern", speaker: "Egypt's foreign ministry"),
        SpeakerCase(rule: "a state opening the sentence before an apposition with 'a'",
                    text: "Egypt is worried. Cairo, a key backer of the eastern forces, also warned against \"any foreign "
                        + "interference in Libya's internal affairs\".",
                    starts: "any foreign interference", speaker: "Egypt"),
        SpeakerCase(rule: "'according to' a text by its author, before a mixed quotation",
                    text: "Somalia's defense ministry said the army had held its ground. According to a statement by the ministry, "
                        + "the fighters attacked army bases before dawn but were \"repelled with heavy losses.\"",
                    starts: "repelled with heavy losses", speaker: "Somalia's defense ministry"),
        SpeakerCase(rule: "a text's author by name, over the words that describe it",
                    text: "China's defence minister met his Indian counterpart. According to a readout carried by the official "
                        + "Xinhua news agency, the two sides \"had a positive exchange of views\".",
                    starts: "had a positive exchange", speaker: "Xinhua"),
        SpeakerCase(rule: "the subject before a phrase set off that opens with a preposition",
                    text: "Fighting went on. Al-Shabaab, in a claim broadcast on its radio, said its fighters had killed "
                        + "\"dozens of soldiers\" and seized weapons.",
                    starts: "dozens of soldiers", speaker: "al-Shabaab"),
        SpeakerCase(rule: "an inverted speaker after a title of no mention",
                    text: "Fighting raged in the south. \"Our forces will not retreat,\" said President Joseph Aoun.",
                    starts: "Our forces will not retreat", speaker: "Joseph Aoun"),
        SpeakerCase(rule: "a passive's subject quoted by an agency",
                    text: "Minsk denied any involvement. \"They shut their own borders,\" Belarusian President Alexander "
                        + "Lukashenko was quoted by state news agency BelTA as saying.",
                    starts: "They shut their own borders", speaker: "Alexander Lukashenko"),
        SpeakerCase(rule: "'he' is the person who opens the sentence before",
                    text: "Foreign Minister Ararat Mirzoyan said he had discussed both issues with his Azerbaijani counterpart, "
                        + "Jeyhun Bayramov. Bayramov was less upbeat. In a statement, he accused Yerevan of \"dragging its feet\".",
                    starts: "dragging its feet", speaker: "Jeyhun Bayramov"),
        SpeakerCase(rule: "the subject before a relative clause, over its acronym in brackets",
                    text: "Fighting spread. Khalifa Haftar's Libyan National Army (LNA), which controls the east, said its units "
                        + "were \"on alert\".",
                    starts: "on alert", speaker: "Libyan National Army"),
        SpeakerCase(rule: "a spokesman for a unit named by its number",
                    text: "Fighting went on in Tripoli. A spokesman for the 77th Brigade told AFP the group would \"not hand "
                        + "over a single weapon\".",
                    starts: "not hand over", speaker: "77th Brigade"),
        SpeakerCase(rule: "a lead's office is the person of its codes named next",
                    text: "TOKYO, June 10 Kyodo - Japan has lodged a protest with China after four Chinese ships entered its "
                        + "waters, the top government spokesman said Tuesday.\n\n\"It is extremely regrettable,\" Chief Cabinet "
                        + "Secretary Yoshimasa Hayashi told a press conference.",
                    starts: "Japan has lodged a protest", speaker: "Yoshimasa Hayashi"),
        SpeakerCase(rule: "what is conveyed in quotation marks",
                    text: "China stages drills around Taiwan, Japan conveys 'grave concern'\n\nThe drills began on Monday.",
                    starts: "grave concern", speaker: "Japan"),
        SpeakerCase(rule: "an office is the person last titled with another form of it",
                    text: "Liu Jinhua, a spokesman for the Taiwan Affairs Office, said the drills were a warning. In Tokyo, "
                        + "Chief Cabinet Secretary Yoshimasa Hayashi told a press conference that Japan was watching. Stability "
                        + "is \"extremely important,\" the top government spokesman said.",
                    starts: "extremely important", speaker: "Yoshimasa Hayashi"),
        SpeakerCase(rule: "a full name as a stance verb's subject is a person",
                    text: "Talks stalled. Vladimir Medinsky claimed that Kyiv had \"indefinitely postponed\" the handover.",
                    starts: "indefinitely postponed", speaker: "Vladimir Medinsky"),
        SpeakerCase(rule: "a body's name before a relative clause with 'whose'",
                    text: "Bangladesh banned it. The Awami League, whose activities the interim government banned in May, "
                        + "accused the administration of \"failing to protect\" citizens.",
                    starts: "failing to protect", speaker: "Awami League"),
        SpeakerCase(rule: "a participle after a comma is the clause subject's, not the words before the comma",
                    text: "Foreign Office spokesperson Shafqat Ali Khan said Pakistan had written to the World Bank, a "
                        + "signatory to the treaty, asking it to \"fulfil its responsibilities\".",
                    starts: "fulfil its responsibilities", speaker: "Shafqat Ali Khan"),
        SpeakerCase(rule: "an inverted office with a person in apposition",
                    text: "Presidential spokesman Bayo Onanuga said the army would respond. \"Clearance operations are "
                        + "ongoing,\" said the force's spokesman, Lieutenant Colonel Olaniyi Osoba.",
                    starts: "Clearance operations", speaker: "Olaniyi Osoba"),
        SpeakerCase(rule: "an adverb set off by commas before the cue",
                    text: "The Chinese Embassy in Manila, meanwhile, rejected as \"groundless\" claims by some lawmakers.",
                    starts: "groundless", speaker: "Chinese Embassy"),
        SpeakerCase(rule: "a body's title without a name speaks as that title (also no national branch)",
                    text: "The WHO warned of an outbreak. \"We are worried,\" WHO Director-General said.",
                    starts: "We are worried", speaker: "WHO Director-General"),
        SpeakerCase(rule: "a body's national branch is the body",
                    text: "Nigeria is at war. Amnesty International Nigeria accused the authorities of leaving villages "
                        + "\"at the mercy\" of the insurgents.",
                    starts: "at the mercy", speaker: "Amnesty International"),
        SpeakerCase(rule: "the president's office",
                    text: "Peru declared an emergency. The president's office said the measure was needed to \"restore "
                        + "order\" in the city.",
                    starts: "restore order", speaker: "President's Office"),
        SpeakerCase(rule: "a name set off before a speech verb is a person",
                    text: "Arrests go on. Foro Penal's director, Alfredo Romero, told EFE that the group had registered 900 "
                        + "prisoners. \"What we are seeing is a revolving door,\" Romero said.",
                    starts: "What we are seeing", speaker: "Alfredo Romero"),
        SpeakerCase(rule: "an inverted speaker over a body's name no one knows and a title",
                    text: "Manila refused. \"This is not a family quarrel,\" said Karapatan secretary general Cristina Palabay.",
                    starts: "This is not a family quarrel", speaker: "Cristina Palabay"),
        SpeakerCase(rule: "a participle's speaker after a dateline",
                    text: "Dhaka, June 10 (BSS) - Bangladesh has summoned the Indian envoy over the killing of two youths, "
                        + "calling the shootings \"a blatant violation\" of agreements.",
                    starts: "a blatant violation", speaker: "Bangladesh"),
        SpeakerCase(rule: "an inverted office after a body's possessive, with the person in apposition",
                    text: "Boko Haram attacked the base. \"Soldiers are dying,\" said the group's director, Isa Sanusi.",
                    starts: "Soldiers are dying", speaker: "Isa Sanusi"),
        SpeakerCase(rule: "a name before an age and a relative clause is a person",
                    text: "Refugees arrived. Fatima Abakar, 34, who reached Tine on Sunday, said fighters had stopped her "
                        + "group. \"They told us to go,\" she said.",
                    starts: "They told us to go", speaker: "Fatima Abakar"),
        SpeakerCase(rule: "a name after a title and before an age is a person",
                    text: "Boats were hit. The boat's captain, Tran Van Nghia, 46, said the ship circled his boat. \"They "
                        + "shouted at us,\" Nghia said.",
                    starts: "They shouted at us", speaker: "Tran Van Nghia"),
        SpeakerCase(rule: "a name before a long apposition and 'called'",
                    text: "Police fired. Dragan Djilas, leader of the opposition Party of Freedom and Justice (SSP), called "
                        + "the police action \"a brutal attack on children\".",
                    starts: "a brutal attack", speaker: "Dragan Djilas"),
        SpeakerCase(rule: "a name before an apposition that holds a nickname in quotation marks",
                    text: "In a video, Jimmy Cherizier, a former police officer known as \"Barbecue\", warned the government. "
                        + "\"Kenscoff belongs to us,\" Cherizier said.",
                    starts: "Kenscoff belongs to us", speaker: "Jimmy Cherizier"),
        SpeakerCase(rule: "no cue after the quotation in a clause of time ('a week after X pledged')",
                    text: "China's military launched drills around Taiwan on Tuesday, rehearsing what it called a \"joint blockade\" "
                        + "on the island, less than a week after President Lai Ching-te pledged to raise defence spending.",
                    starts: "joint blockade", speaker: "China's military"),
        SpeakerCase(rule: "a cue past a long title and name and a clause set off after it",
                    text: "The deal was signed in Doha. \"Today both parties have chosen dialogue,\" Qatar's Minister of State "
                        + "Mohammed bin Abdulaziz Al-Khulaifi, who has led the mediation, said at the signing ceremony.",
                    starts: "Today both parties", speaker: "Mohammed bin Abdulaziz Al-Khulaifi"),
        SpeakerCase(rule: "an inverted speaker after an article and modifiers ('said one senior EU diplomat')",
                    text: "EU leaders met in Brussels. \"Nobody wants to do it this way,\" said one senior EU diplomat, who spoke on "
                        + "condition of anonymity because the discussions were confidential.",
                    starts: "Nobody wants", speaker: "EU Diplomat"),
        SpeakerCase(rule: "a justice of a supreme court is a person",
                    text: "Brazil's Congress passed the law. Supreme Court Justice Flavio Dino, who oversees several cases, gave "
                        + "Congress five days. In the order, Dino noted that the Constitution \"prohibits backsliding\".",
                    starts: "prohibits backsliding", speaker: "Flavio Dino"),
        SpeakerCase(rule: "a quotation without a cue after a sentence of its paragraph that opens with a person",
                    text: "Iran rejected the demand. Mohammad Eslami, the head of Iran's atomic agency, took an even harder line when "
                        + "he spoke to reporters. \"Until the security of our sites is guaranteed, there will be no access.\"",
                    starts: "Until the security", speaker: "Mohammad Eslami"),
        SpeakerCase(rule: "one name after an inverted verb and before an apposition with 'a' is someone who gave only that name",
                    text: "Hundreds fled on foot. \"They came at night,\" said Mirlande, a 38-year-old vegetable vendor who gave "
                        + "only her first name. \"Now we sleep on the floor of a church,\" she said.",
                    starts: "Now we sleep", speaker: "Mirlande"),
        SpeakerCase(rule: "a body's name set off before the cue, over 'the' and its acronym in brackets",
                    text: "Pakistan's military media wing, the Inter-Services Public Relations (ISPR), said Afghan forces had opened "
                        + "\"unprovoked fire\" on border posts.",
                    starts: "unprovoked fire", speaker: "Inter-Services Public Relations"),
        SpeakerCase(rule: "a name before an apposition of two offices, the second of a body",
                    text: "Germany's coalition argued. Lars Klingbeil, the finance minister and co-leader of the Social Democrats "
                        + "(SPD), struck a different tone. Klingbeil said: \"Anyone who wants to invest is not being honest.\"",
                    starts: "Anyone who wants", speaker: "Lars Klingbeil"),
        SpeakerCase(rule: "a name before an apposition with a plural's apostrophe",
                    text: "The opposition Greens accused the coalition of paralysis. Franziska Brantner, the Greens' co-leader, "
                        + "said: \"This government spent the spring celebrating.\"",
                    starts: "This government spent", speaker: "Franziska Brantner"),
        SpeakerCase(rule: "a ministry's portfolio in capitals after 'of'",
                    text: "Ethiopia's Ministry of Water and Energy said the releases were \"fully within safe limits\".",
                    starts: "fully within", speaker: "Ethiopia's Ministry of Water and Energy"),
        SpeakerCase(rule: "a last word of a ministry's name after 'and'",
                    text: "Syria's Ministry of Foreign Affairs and Expatriates said the strikes were \"a flagrant violation\".",
                    starts: "a flagrant violation", speaker: "Syria's Ministry of Foreign Affairs and Expatriates"),
        SpeakerCase(rule: "a cue past a rank with a word in brackets, a name and an apposition",
                    text: "India and China held talks. \"Disengagement was only the first step,\" Lt Gen (retd) Ashok Kumar Bhandari, "
                        + "a former commander of the Leh-based 14 Corps, told PTI.",
                    starts: "Disengagement was", speaker: "Ashok Kumar Bhandari"),
        SpeakerCase(rule: "a passive's subject over where it was quoted ('was quoted in the statement as saying')",
                    text: "The UN mission said so. Its head, Carlos Ruiz Massieu, was quoted in the statement as saying that "
                        + "dialogue \"remains the only path.\"",
                    starts: "remains the only path", speaker: "Carlos Ruiz Massieu"),
        SpeakerCase(rule: "a body before an apposition that opens with another's possessive",
                    text: "Turkey, Azerbaijan's closest ally, said it supported Baku's \"legitimate right to defend its territory\".",
                    starts: "legitimate right", speaker: "Turkey"),
        SpeakerCase(rule: "'the group' is not the movement whose possessive opens an apposition to another",
                    text: "The Group for the Support of Islam and Muslims (JNIM), Al-Qaeda's affiliate in the Sahel, claimed the "
                        + "attack. The group said the drivers were \"working for the junta\".",
                    starts: "working for the junta", speaker: "Jama'at Nusrat al-Islam wal-Muslimin"),
        SpeakerCase(rule: "a name before an apposition whose role a relative clause follows",
                    text: "Police fired rubber bullets. Among the injured was Valeria Rinaldi, a freelance photographer who was hit "
                        + "in the legs. \"The officer looked straight at me and fired,\" Rinaldi told The Associated Press.",
                    starts: "The officer looked", speaker: "Valeria Rinaldi"),
        SpeakerCase(rule: "a label in quotation marks after 'calls' is the caller's",
                    text: "Lai Ching-te, whom Beijing calls a \"separatist\", condemned the drills.",
                    starts: "separatist", speaker: "China"),
        SpeakerCase(rule: "after a cue that takes a hearer comes the hearer, not the speaker",
                    text: "The 55-member African Union said in a statement it was \"deeply concerned\" by the fighting and called "
                        + "on Ethiopia to \"exercise maximum restraint.\"",
                    starts: "exercise maximum restraint", speaker: "African Union"),
        SpeakerCase(rule: "'the spokesman' is who just spoke under that title, whatever the codes of the office",
                    text: "Prime Minister Nikol Pashinyan rejected the demands. Police detained 27 people, police spokesman "
                        + "Narek Sargsyan said. Two officers were injured, the spokesman added.",
                    starts: "Two officers were injured", speaker: "Narek Sargsyan"),
        SpeakerCase(rule: "'the prime minister' is no foreign minister named since",
                    text: "Prime Minister Sanae Takaichi met President Lee Jae-myung. The memorandum was signed by Foreign Minister "
                        + "Toshimitsu Motegi. \"Economic security is no longer something we can achieve alone,\" the prime "
                        + "minister said.",
                    starts: "Economic security", speaker: "Sanae Takaichi"),
        SpeakerCase(rule: "'he' after a sentence whose office opens with the person in apposition",
                    text: "\"We recognise no such claim,\" Foreign Minister Carlos Mendez said. He dismissed the protest as "
                        + "\"theatre\". The commander of the navy, Admiral Jorge Ruiz, went further. Speaking on television, he "
                        + "said his sailors would \"defend every inch\" of the coast.",
                    starts: "defend every inch", speaker: "Jorge Ruiz"),
        SpeakerCase(rule: "a cue in a relative clause after a quotation is not the quotation's",
                    text: "Iraqi Defence Minister Omar Saleh arrived on Monday. \"We are ready,\" Saleh said. Turkish Defence "
                        + "Minister Kemal Aydin said Ankara expected Baghdad to take \"concrete steps\" against the group, "
                        + "which he said was still active.",
                    starts: "concrete steps", speaker: "Kemal Aydin"),
        SpeakerCase(rule: "a verb in a clause of condition after a quotation is not its cue",
                    text: "Houthi military spokesman Yahya Saree said the group had targeted a tanker. The group, he added, "
                        + "would \"not hesitate to expand its operations\" if attacks on Yemen continued.",
                    starts: "not hesitate", speaker: "Yahya Saree"),
        SpeakerCase(rule: "'the spokeswoman' is who was described so in apposition after a rank",
                    text: "Cambodia's defence ministry gave a different account. Thai soldiers fired first, said Lieutenant "
                        + "General Chea Sopheap, the ministry's spokeswoman. The spokeswoman said two soldiers had been killed.",
                    starts: "two soldiers had been killed", speaker: "Chea Sopheap"),
        SpeakerCase(rule: "'he' is the person in apposition after an adverb that opens the sentence before",
                    text: "The African Union's chairperson, Mahmoud Ali Youssouf, said he was ready to mediate. Meanwhile, the "
                        + "U.S. special envoy for the Horn of Africa, Daniel Harrow, arrived in Addis Ababa. He urged Ethiopia to "
                        + "pursue its goals \"through peaceful means.\"",
                    starts: "through peaceful means", speaker: "Daniel Harrow"),
        SpeakerCase(rule: "a ministry in a capital is that state's, wherever it stands",
                    text: "Indian High Commissioner Anil Raghavan was called to the foreign ministry in Dhaka, where Foreign "
                        + "Secretary Nasrin Haque conveyed a strong protest, the ministry said in a statement.",
                    starts: "Indian High Commissioner", speaker: "Foreign Ministry"),
        SpeakerCase(rule: "the subject before a participle's phrase of who leads it",
                    text: "The RSF delegation, led by adviser Mustafa Adam, said in a statement it was ready for \"an "
                        + "immediate ceasefire\".",
                    starts: "an immediate ceasefire", speaker: "Rapid Support Forces"),
        SpeakerCase(rule: "'he' is the person with a title after a short opening phrase of the sentence before",
                    text: "\"We have respected every word of the agreement,\" said Lawrence Kanyuka, a rebel spokesman. In Kigali, "
                        + "Foreign Minister Olivier Nduhungirehe rejected the accusations. He said that the \"real threat\" "
                        + "remained the FDLR.",
                    starts: "real threat", speaker: "Olivier Nduhungirehe"),
        SpeakerCase(rule: "'he' is the person whose title opens the sentence before",
                    text: "Foreign ministry spokesperson Nebiat Getachew said the deal was \"purely commercial\". Prime Minister "
                        + "Abiy Ahmed, who has described sea access as an existential question, struck a conciliatory tone. "
                        + "\"Ethiopia has no intention of taking anyone's land,\" he wrote.",
                    starts: "Ethiopia has no intention", speaker: "Abiy Ahmed"),
        SpeakerCase(rule: "a given name alone before someone of that given name is named is someone else",
                    text: "\"We spent the whole night on the floor,\" said Ahmed, a 42-year-old shopkeeper. Later the army's "
                        + "spokesman, Ahmed al-Mismari, accused the government of failing to act.",
                    starts: "We spent the whole night", speaker: "Ahmed"),
        SpeakerCase(rule: "quoted words without a cue in a sentence a person opens are that person's",
                    text: "\"We are tired of wars,\" said Salma, a teacher. Prime Minister Abdulhamid Dbeibah ordered all units "
                        + "to cease fire \"immediately and unconditionally\" early on Monday.",
                    starts: "immediately and unconditionally", speaker: "Abdulhamid Dbeibah"),
        SpeakerCase(rule: "'what he called' names the words after it, not the quoted words before",
                    text: "President Lai Ching-te said Taiwan would not back down. In Beijing, Chen Binhua, a spokesperson for "
                        + "China's Taiwan Affairs Office, said the drills were a \"just and necessary\" response to what he called "
                        + "repeated provocations.",
                    starts: "just and necessary", speaker: "Chen Binhua"),
        SpeakerCase(rule: "the subject before a relative clause opened by 'whom'",
                    text: "President Lai Ching-te, whom Beijing regards as a \"separatist\", urged China in a Facebook post to "
                        + "\"stop its military provocations\".",
                    starts: "stop its military provocations", speaker: "Lai Ching-te"),
        SpeakerCase(rule: "a paragraph of quoted words left open is the speaker's of the next paragraph's quotation",
                    text: "Lawmakers backed the proposal on Monday.\n\n\"For thirty years, competences that belong to us have "
                        + "been taken away.\n\n\"Now the people will decide,\" Milorad Dodik said.",
                    starts: "For thirty years", speaker: "Milorad Dodik"),
        SpeakerCase(rule: "a high representative is an office",
                    text: "He defied the international High Representative, Christian Schmidt. \"This decision is a frontal "
                        + "attack,\" Schmidt said in a statement.",
                    starts: "This decision is a frontal attack", speaker: "Christian Schmidt"),
        SpeakerCase(rule: "'he' is the person a body and a role title at the opening of the sentence before",
                    text: "President Omar Said's office said the delegation would insist on a prisoner release.\n\nHamas "
                        + "spokesman Khaled Nasser rejected the demand. \"Our weapons are not on the table,\" he told reporters.",
                    starts: "Our weapons are not", speaker: "Khaled Nasser"),
        SpeakerCase(rule: "quoted words in a that-clause of an earlier cue are that cue's speaker's",
                    text: "Government spokesman Ken Sato told a press conference that Tokyo had conveyed its concerns to "
                        + "Beijing \"firmly and calmly.\"",
                    starts: "firmly and calmly", speaker: "Ken Sato"),
        SpeakerCase(rule: "an adverb in -ly between the subject and the verb a participle hangs on",
                    text: "Ghana swiftly rejected the accusations, calling them \"baseless and unworthy of a neighbour.\"",
                    starts: "baseless and unworthy", speaker: "Ghana"),
        SpeakerCase(rule: "the object of a preposition before a cue after the quotation is no subject",
                    text: "The Alliance of Sahel States expressed its \"total solidarity\" with Ouagadougou in a statement.",
                    starts: "total solidarity", speaker: "Alliance of Sahel States"),
        SpeakerCase(rule: "over an apposition opened by an article, back to the body it describes",
                    text: "The Alliance of Sahel States (AES), the confederation grouping Burkina Faso, Mali and Niger, "
                        + "expressed its \"total solidarity\" with Ouagadougou.",
                    starts: "total solidarity", speaker: "Alliance of Sahel States"),
        SpeakerCase(rule: "a phrase of a participle and 'by' between subject and cue",
                    text: "Police fired tear gas in Nairobi. Kenya's ruling party, founded by businessman Peter Omondi, "
                        + "said the opposition was a \"foreign project.\"",
                    starts: "foreign project", speaker: "Kenya's ruling party"),
        SpeakerCase(rule: "a demand's author named by 'by'",
                    text: "Venezuelan Foreign Minister Yvan Gil spoke in Caracas. U.S. Secretary of State Marco Rubio said Washington would "
                        + "keep its ships there, rejecting a demand by Gil for the \"immediate withdrawal\" of warships.",
                    starts: "immediate withdrawal", speaker: "Yvan Gil"),
        SpeakerCase(rule: "a call's author named by a possessive",
                    text: "Chinese Foreign Minister Wang Yi spoke on Monday. Secretary of State Marco Rubio dismissed Wang's call for "
                        + "\"maximum restraint\" on Tuesday.",
                    starts: "maximum restraint", speaker: "Wang Yi"),
        SpeakerCase(rule: "a state's words reported without 'that' are the person's who says them",
                    text: "Qatar's foreign ministry spokesman, Majed al-Ansari, said Doha condemned the attack \"in the strongest terms.\"",
                    starts: "in the strongest terms", speaker: "Majed al-Ansari"),
        SpeakerCase(rule: "a body reporting a person's words gives them to the person",
                    text: "Syrian President Ahmed al-Sharaa met the delegation. The presidency said al-Sharaa condemned the "
                        + "\"repeated Israeli violations\" of Syrian sovereignty.",
                    starts: "repeated Israeli violations", speaker: "Ahmed al-Sharaa"),
        SpeakerCase(rule: "a person acting in words after a source's phrase",
                    text: "Syrian President Ahmed al-Sharaa received the minister. According to a statement from the presidency, "
                        + "al-Sharaa thanked Turkey for its \"sincere and continuous support\" to the Syrian people.",
                    starts: "sincere and continuous", speaker: "Ahmed al-Sharaa"),
        SpeakerCase(rule: "a body reporting what its person did in words",
                    text: "Vice Foreign Minister Takehiro Funakoshi summoned the Chinese ambassador. Funakoshi also urged the envoy "
                        + "to ensure such incidents \"never happen again,\" the ministry said.",
                    starts: "never happen again", speaker: "Takehiro Funakoshi"),
        SpeakerCase(rule: "a statement's author speaks",
                    text: "A statement from the Kenyan interior ministry issued in Nairobi said police would \"act firmly\" against "
                        + "looters.",
                    starts: "act firmly", speaker: "Kenyan interior ministry"),
        SpeakerCase(rule: "a statement's author named by a short name's possessive",
                    text: "Iran's Revolutionary Guards blamed Israel for the blast. A statement by the Guards' navy said its "
                        + "boats would \"respond firmly\" to any threat.",
                    starts: "respond firmly", speaker: "Islamic Revolutionary Guard Corps"),
        SpeakerCase(rule: "a participle's subject over 'The' before a body",
                    text: "Guinea's government banned protests. The interior ministry banned the march on Wednesday, citing "
                        + "\"serious risks of disorder\".",
                    starts: "serious risks of disorder", speaker: "Interior Ministry"),
        SpeakerCase(rule: "a participle after a source's phrase that names no one",
                    text: "The Kenyan interior ministry banned the march in a statement read on state television, citing "
                        + "\"serious risks of disorder\".",
                    starts: "serious risks of disorder", speaker: "Kenyan interior ministry"),
        SpeakerCase(rule: "the statement is the one who spoke just before",
                    text: "The Ghanaian foreign ministry said in a statement that it had recalled its envoy. The statement said "
                        + "Accra was \"deeply troubled\" by the expulsions.",
                    starts: "deeply troubled", speaker: "Ghanaian foreign ministry"),
        SpeakerCase(rule: "the subject before an apposition and a relative clause",
                    text: "Togo held a parliamentary vote on Sunday. The National Alliance for Change (ANC), Togo's main opposition "
                        + "party, whose leader has fled abroad, said the vote was \"a sham\".",
                    starts: "a sham", speaker: "National Alliance for Change"),
        SpeakerCase(rule: "decry and deplore label words as condemn does",
                    text: "Israeli drones struck two villages. Lebanese President Joseph Aoun decried a \u{2018}flagrant "
                        + "violation\u{2019} of the truce.",
                    starts: "flagrant violation", speaker: "Joseph Aoun"),
        SpeakerCase(rule: "a person's words reported by an agency, over their name after their title and an act before",
                    text: "Qatar's foreign minister, Sheikh Mohammed bin Abdulrahman, received both delegations and urged them to "
                        + "\"seize this chance for peace\", the state news agency QNA reported.",
                    starts: "seize this chance", speaker: "Sheikh Mohammed bin Abdulrahman"),
        SpeakerCase(rule: "he is the person who opens the sentence before, over an opening phrase and a title in lower case",
                    text: "Information Minister Khalid al-Aiser said Sudan would act. In N'Djamena, government spokesman Gassim "
                        + "Cherif Mahamat rejected the accusations. \"These allegations are baseless,\" he said.",
                    starts: "These allegations", speaker: "Gassim Cherif Mahamat"),
        SpeakerCase(rule: "a participle's words are a group's that opens the sentence after a phrase and words of number",
                    text: "In Yerevan, several thousand opposition supporters gathered outside the government building, chanting "
                        + "\"Nikol, traitor!\" on Monday.",
                    starts: "Nikol, traitor", speaker: "Opposition Supporters"),
        SpeakerCase(rule: "a participle's words are the person that a state's word and a title open the sentence with",
                    text: "Russian foreign ministry spokeswoman Maria Zakharova sided with the Serbian leadership, saying Western "
                        + "countries were trying to \"destabilise a sovereign state\" through protests.",
                    starts: "destabilise a sovereign", speaker: "Maria Zakharova"),
        SpeakerCase(rule: "the speaker after the cue is read over titles in lower case",
                    text: "\u{201C}They came with rifles and grenades,\u{201D} said police spokesman Marcel Dorvil. "
                        + "\u{201C}Our officers held their ground.\u{201D}",
                    starts: "They came with rifles", speaker: "Marcel Dorvil"),
        SpeakerCase(rule: "one title in lower case after the cue",
                    text: "\"We will not negotiate under fire,\" said spokeswoman Ana Villeda.",
                    starts: "We will not negotiate", speaker: "Ana Villeda"),
        SpeakerCase(rule: "a body's word stands for the body whose mention ends with it",
                    text: "The envoy met the prime minister on Monday, the AU Commission said. The commission said it was "
                        + "\"deeply concerned\" by reports of troop movements.",
                    starts: "deeply concerned", speaker: "African Union"),
        SpeakerCase(rule: "a participle after a speech verb and its source's phrase is the verb's subject's",
                    text: "Amina Diallo, chairperson of the African Union Commission, urged restraint. The commission stood "
                        + "ready to help, she said in a post on X, reaffirming the AU's \"unwavering commitment\" to peace.",
                    starts: "unwavering commitment", speaker: "Amina Diallo"),
        SpeakerCase(rule: "an office described in an apposition gives way to one titled with another of its forms since",
                    text: "\"Our troops responded,\" Col Arun Mehta, the defence spokesperson, said. \"This is not an isolated "
                        + "incident,\" foreign ministry spokesperson Kavita Rao told reporters. The spokesperson said India had "
                        + "lodged a \"strong protest\" with Pakistan.",
                    starts: "strong protest", speaker: "Kavita Rao"),
        SpeakerCase(rule: "a role that sets off the name after it is that person's office",
                    text: "The army said it had struck militants near the border. Its spokesman, Lieutenant Colonel Omar "
                        + "Haddad, denied that civilians had been hit. \"We do not target civilians,\" the spokesman said.",
                    starts: "We do not target civilians", speaker: "Omar Haddad"),
        SpeakerCase(rule: "an appeal to a hearer labels the words it asks for",
                    text: "In a speech on Tuesday, President Amadou Keita appealed to Malians to \"turn the page on division\".",
                    starts: "turn the page on division", speaker: "Amadou Keita"),
        SpeakerCase(rule: "a former holder of an office is not the one its title names now",
                    text: "Foreign Minister Hugo Salas said the diplomats had 72 hours to leave. He called the decision an "
                        + "unfriendly act. The former prime minister, Rosa Quispe, is charged with rebellion. She entered the "
                        + "embassy last week and requested asylum. Her lawyers appealed on Monday. The minister said Peru would "
                        + "not grant her \"safe conduct\".",
                    starts: "safe conduct", speaker: "Hugo Salas"),
        SpeakerCase(rule: "who is accused after quoted words is the accused, not the speaker",
                    text: "Dragan Milenkovic, a Serbian official, called the arrest \"a kidnapping\", accused Pristina of "
                        + "provoking a crisis and demanded the officer's release.",
                    starts: "a kidnapping", speaker: "Dragan Milenkovic"),
        SpeakerCase(rule: "an office in apposition after a rank and a name is that person's title",
                    text: "\"These are sovereign operations,\" Colonel Ramon Villegas, the army spokesman, told state broadcaster "
                        + "VTV. The spokesman said the forces would remain in the area \"for as long as necessary\".",
                    starts: "for as long as necessary", speaker: "Ramon Villegas"),
        SpeakerCase(rule: "a place after 'in the' says where the speaker is",
                    text: "A spokesperson for the Chinese Embassy in the Philippines said the vessels had \"ignored repeated "
                        + "warnings\".",
                    starts: "ignored repeated warnings", speaker: "Chinese Embassy"),
        SpeakerCase(rule: "a body's word names the body so named in its sentence, though it serves abroad",
                    text: "A spokesperson for the Chinese Embassy in the Philippines said the embassy had rejected the "
                        + "\"groundless accusations\".",
                    starts: "groundless accusations", speaker: "Chinese Embassy"),
        SpeakerCase(rule: "the statement that tags quoted words is the body that opened the sentence before",
                    text: "In a separate statement, Sudan's foreign ministry accused the RSF of shelling the city. \"These "
                        + "attacks are war crimes,\" the statement said.",
                    starts: "These attacks are war crimes", speaker: "Sudan's foreign ministry"),
        SpeakerCase(rule: "a name given an age is a person's, for the pronoun that speaks next",
                    text: "The minister said the border would stay closed. In Kenscoff, Roselaure Dieudonne, a 41-year-old mother "
                        + "of three, packed her bags. \"We cannot stay here,\" she said.",
                    starts: "We cannot stay here", speaker: "Roselaure Dieudonne"),
        SpeakerCase(rule: "quoted words after an opening phrase of place are the person who opens the clause",
                    text: "Officials in Nairobi said the mission would go on. Across the region, Ugandan President Yoweri "
                        + "Museveni ordered the frontier sealed \"until further notice\".",
                    starts: "until further notice", speaker: "Yoweri Museveni"),
        SpeakerCase(rule: "after 'asked' comes the hearer; the body that tags the clause reports its person's words",
                    text: "SEOUL (Yonhap) -- Foreign Minister Park Min-soo met his Japanese counterpart, Kenji Sato, on "
                        + "Monday and asked Japan to take a \"forward-looking stance\" on history, the ministry said.",
                    starts: "forward-looking stance", speaker: "Park Min-soo"),
        SpeakerCase(rule: "quoted words after a verb of an act in words are its subject's, whoever it names",
                    text: "The visitor later called on the king. Prime Minister Lotay Dorji thanked India for its \"steady "
                        + "friendship\" over many years.",
                    starts: "steady friendship", speaker: "Lotay Dorji"),
        SpeakerCase(rule: "a place after a body's acronym in brackets says where the body is",
                    text: "The Department of Foreign Affairs (DFA) in Manila said in a statement that the two sides had "
                        + "\"agreed to keep talking\".",
                    starts: "agreed to keep talking", speaker: "Department of Foreign Affairs"),
        SpeakerCase(rule: "a name set off before a title and a speech verb is a speaker",
                    text: "Han Dong-hoon, President Lee Jae-myung's chief of staff, told reporters that the government "
                        + "would seek talks \"without conditions\".",
                    starts: "without conditions", speaker: "Han Dong-hoon"),
        SpeakerCase(rule: "the body a state's possessive opens takes the participle's words, not the state",
                    text: "Iran's official Islamic Republic News Agency (IRNA) attacked the report on Sunday, calling it "
                        + "\"a pack of lies\" spread by its enemies.",
                    starts: "a pack of lies", speaker: "Islamic Republic News Agency"),
        SpeakerCase(rule: "a full name before a relative 'who' is a person's, and 'he' is no woman named Maria",
                    text: "The ministry's spokeswoman, Maria Kowalczyk, said Warsaw would respond.\n\nTomasz Nowak, who heads the "
                        + "defence committee of the lower house, suggested that the talks could fail. \"Trust is a two-way "
                        + "street,\" he wrote on X.",
                    starts: "Trust is a two-way", speaker: "Tomasz Nowak"),
        SpeakerCase(rule: "a pronoun after words running over sentences looks back from where they began",
                    text: "\"The ruling is an attack on the constitution,\" Karl Weber said in a statement.\n\nPetar Jovic, who does "
                        + "not recognise Weber, dismissed the warning.\n\n\"Mr Weber is a tourist. His measures mean nothing to "
                        + "us,\" he told reporters.",
                    starts: "Mr Weber is a tourist", speaker: "Petar Jovic"),
        SpeakerCase(rule: "a body and a role in lower case before a name open the sentence before a pronoun",
                    text: "European Commission President Anna Berg wrote that the bloc \"stands in full solidarity\" with Vilnius.\n\n"
                        + "EU foreign policy chief Eva Lind warned that the bloc was ready to impose sanctions. \"Those who organize "
                        + "these attacks will pay a price,\" she said.",
                    starts: "Those who organize", speaker: "Eva Lind"),
        SpeakerCase(rule: "a body that opens the sentence right before a verb of an act in words speaks the words after it",
                    text: "Colonel Ali Hamdi, an army spokesman, said the drone had been shot down. The Economic Community of "
                        + "West African States (ECOWAS) voiced \"deep concern\" over the incident.",
                    starts: "deep concern", speaker: "Economic Community of West African States"),
        SpeakerCase(rule: "an office's words after a state's words are the state's own holder of the office",
                    text: "Serbia's foreign minister, Marko Petrovic, and his Croatian counterpart, Ivan Horvat, met in Vienna.\n\n"
                        + "Horvat said Zagreb's position had not changed. Croatia insists that the border be marked first.\n\n"
                        + "\"There can be no deal without the map,\" the minister said.",
                    starts: "There can be no deal", speaker: "Ivan Horvat"),
        SpeakerCase(rule: "a paragraph that ends in a verb of speech and a colon gives the words of the next its speaker",
                    text: "Chile's foreign minister, Ana Rojas, met her Peruvian counterpart in Lima. Peru's president spoke later.\n\n"
                        + "Speaking to reporters at the airport, Rojas said:\n\n"
                        + "\"We will not give up a single metre of our sea.\"",
                    starts: "We will not give up", speaker: "Ana Rojas"),
        SpeakerCase(rule: "a speech verb's form after an article and a demonym is a noun, no cue after the words",
                    text: "Colombia accused Venezuela of sheltering rebels. In Caracas, Venezuela's foreign minister, Ana Ruiz, "
                        + "rejected as \"false\" the Colombian claims that rebel commanders were hiding on Venezuelan soil.",
                    starts: "false", speaker: "Ana Ruiz"),
        SpeakerCase(rule: "a paragraph of quoted words alone takes the speaker the next paragraph says made the remarks",
                    text: "Kenya's foreign minister, Grace Otieno, spoke first. Ugandan President Samuel Okello answered her.\n\n"
                        + "\"Our border is not for sale. We will defend it.\"\n\n"
                        + "Okello, the Ugandan president, made the remarks at a rally in Gulu on Sunday.",
                    starts: "Our border is not for sale", speaker: "Samuel Okello"),
        SpeakerCase(rule: "a paragraph of quoted words alone takes the speaker the next paragraph says the message came from",
                    text: "Kenya's foreign minister, Grace Otieno, spoke first.\n\n"
                        + "\"Our border is not for sale.\"\n\n"
                        + "That message came from Ugandan President Samuel Okello, who spoke at a rally in Gulu.",
                    starts: "Our border is not for sale", speaker: "Samuel Okello"),
        SpeakerCase(rule: "a paragraph of quoted words alone takes the speaker whom the next paragraph says it was how he put it",
                    text: "Kenya's foreign minister, Grace Otieno, spoke first.\n\n"
                        + "\"Our border is not for sale.\"\n\n"
                        + "That was how Samuel Okello, an adviser to Uganda's president, summed up Kampala's stance.",
                    starts: "Our border is not for sale", speaker: "Samuel Okello"),
        SpeakerCase(rule: "the department is the body named before with Department in its name",
                    text: "MANILA, Aug 5 (Reuters) - The Department of Foreign Affairs said it had summoned China's charge d'affaires.\n\n"
                        + "\"China's interference is unacceptable,\" the department said in a statement.",
                    starts: "China's interference", speaker: "Department of Foreign Affairs"),
        SpeakerCase(rule: "a modifier before the title after the cue opens the speaker's phrase",
                    text: "\"The two parties have formally agreed to silence the guns,\" said former Nigerian president Olusegun Obasanjo.",
                    starts: "The two parties", speaker: "Olusegun Obasanjo"),
        SpeakerCase(rule: "a state's border service is a body that speaks, and the service later is it",
                    text: "Kyrgyzstan's border service said Tajik forces had shelled Batken.\n\n"
                        + "\"The Tajik side continues to fire at our positions,\" the service said in a statement.",
                    starts: "The Tajik side", speaker: "Kyrgyzstan's border service"),
        SpeakerCase(rule: "words of a role no dictionary knows before its head close an apposition after a name",
                    text: "\"The scale of need is staggering,\" Martin Griffiths, the UN emergency relief coordinator, said in a message.",
                    starts: "The scale of need", speaker: "Martin Griffiths"),
        SpeakerCase(rule: "an unnamed official at a body named after the cue speaks for the body",
                    text: "Nigeria cut electricity exports to Niger.\n\n\"We are simply complying with the directive,\" said an official "
                        + "at Nigeria's power ministry, who asked not to be named.",
                    starts: "We are simply complying", speaker: "Nigeria's power ministry"),
        SpeakerCase(rule: "a cue in the passive names the hearer",
                    text: "Foreign ministry spokesman Randhir Jaiswal said the acting High Commissioner of Sri Lanka, Ruwan Gunasekera, "
                        + "was called to the ministry and India's \"deep concern\" over the arrests was conveyed to him.",
                    starts: "deep concern", speaker: "Randhir Jaiswal"),
    ]

    @Test func theSpeakersOwnTitleBeforeTheNameIsNoReportedSpeech() {
        let found = analysis("The UN's envoy to Haiti, Paul Mercier, warned of famine on Monday.")
        #expect(!found.quotes.contains { $0.text.hasPrefix("The UN's envoy") }, "\(found.quotes.map(\.text))")
        let words = analysis("Talks will resume next week, the UN's envoy to Yemen, Paul Mercier, said.")
        #expect(words.quotes.map(\.text) == ["Talks will resume next week"], "\(words.quotes.map(\.text))")
    }

    @Test(arguments: speakerCases)
    func oneRuleDecidesTheSpeaker(_ c: SpeakerCase) {
        #expect(speaker(of: c.starts, in: c.text) == c.speaker)
    }

    @Test func theMentionAfterACueThatTakesAHearerIsTheHearerUnlessQuotedWordsCameBefore() {
        let found = analysis("The statement urged China in strong terms to \"stop its military provocations\".")
        #expect(found.quotes.first { $0.text.hasPrefix("stop its") }.map { $0.speaker == nil } == true,
                "\(found.quotes.map { ($0.text, $0.speaker) })")
        let inverted = speaker(of: "Stop the provocations", in: "\"Stop the provocations,\" urged Lai Ching-te in a Facebook post.")
        #expect(inverted == "Lai Ching-te")
    }

    @Test func theOneToldIsNoSpeakerWhereverTheClauseGoesOn() {
        let text = "A Ukrainian official familiar with the negotiations told Anadolu on condition of anonymity that another "
            + "swap could take place \"within weeks,\" but warned that talks remained difficult."
        let found = analysis(text)
        let quote = found.quotes.first { $0.text.hasPrefix("within weeks") }
        let name = quote?.speaker.flatMap { id in found.actors.first { $0.id == id }?.actor.name }
        #expect(quote != nil && name != "Anadolu Agency", "\(found.quotes.map { ($0.text, $0.speaker) })")
    }

    @Test func theWordsOfASignAreNotTheLastSpeakers() {
        let found = analysis("The ECOWAS Commission said it remained \"open to cooperation\". Several thousand people rallied "
            + "in Niamey, some waving placards reading \"Germany out!\"")
        let sign = found.quotes.first { $0.text.hasPrefix("Germany out") }
        #expect(sign != nil && sign?.speaker == nil, "\(found.quotes.map { ($0.text, $0.speaker) })")
    }

    @Test func theWordsOfASignAreNotThoseOfWhoeverElseTheSentenceNames() {
        let found = analysis("Police dispersed demonstrators carrying placards reading \"Down with the junta\" in Niamey.")
        let sign = found.quotes.first { $0.text.hasPrefix("Down with") }
        let code = sign?.speaker.flatMap { id in found.actors.first { $0.id == id }?.actor.code }
        #expect(code?.hasSuffix("COP") != true, "\(found.quotes.map { ($0.text, $0.speaker) })")
    }

    @Test func aHearerBeforeAToClauseIsNoInvertedSpeaker() {
        let found = analysis("Regional bloc ECOWAS, which Niger quit in January, urged Niamey to talk and voiced concern.")
        #expect(!found.quotes.contains { q in q.speaker.flatMap { id in found.actors.first { $0.id == id }?.actor.code } == "NER" },
                "\(found.quotes.map { ($0.text, $0.speaker) })")
    }

    @Test func unnamedDiplomatsSpeakForNoSideNamedBefore() {
        let found = analysis("US envoy Thomas Reiner met Lebanese leaders in Beirut. Diplomats said Paris was pushing for the "
            + "monitoring committee to be given stronger powers.")
        let quote = found.quotes.first { $0.text.hasPrefix("Paris was pushing") }
        #expect(quote != nil && quote?.speaker == nil, "\(found.quotes.map { ($0.text, $0.speaker) })")
    }

    @Test func aParticipleHangsOnTheNearestCueBeforeIt() {
        let found = analysis("President Lee Jae-myung met Takaichi. Lee stressed that the two neighbors should \"face history "
            + "squarely\" while building a future-oriented relationship, a senior South Korean presidential official told "
            + "reporters on condition of anonymity, adding that wartime labor issues had been raised only briefly.")
        let quote = found.quotes.first { $0.text.hasPrefix("wartime labor") }
        let speaker = quote?.speaker.flatMap { id in found.actors.first { $0.id == id }?.actor.name }
        #expect(speaker != nil && speaker != "Lee Jae-myung", "\(found.quotes.map { ($0.text, $0.speaker) })")
    }

    @Test func aClauseOfAnonymityIsNeitherTheCueNorTheEndOfTheSpeaker() {
        let text = "Police fired tear gas at protesters in Nairobi on Monday. Kenya has seen weeks of unrest. "
            + "A police commander who asked not to be named said: \"We arrested 20 people.\" "
            + "An army officer, who spoke on condition of anonymity, said: \"We lost three men.\" "
            + "\"It is over,\" said a police officer who declined to be identified. "
            + "A senior government official who declined to be named said the talks had failed."
        let found = analysis(text)
        func quote(_ starts: String) -> QuoteRecord? { found.quotes.first { $0.text.hasPrefix(starts) } }
        func speaker(_ starts: String) -> String? {
            quote(starts)?.speaker.flatMap { id in found.actors.first { $0.id == id }?.actor.code }
        }
        #expect(speaker("We arrested") == "KENCOP")
        #expect(quote("We arrested")?.cue == "said")
        #expect(speaker("We lost") == "KENMIL")
        #expect(speaker("It is over") == "KENCOP")
        #expect(quote("It is over")?.cue == "said")
        // (Reported speech starts after the verb, not at it.)
        #expect(quote("the talks had failed") != nil, "\(found.quotes.map(\.text))")
    }

    @Test func anUnnamedSourceAfterAQuotationSpeaksAndNoOneElseDoes() {
        let found = analysis("Militants attacked a base. \"We will respond,\" Defence Minister Khawaja Asif said. \"They fired first,\" "
            + "a security source told AFP. \"It is calm,\" sources said.")
        let fired = found.quotes.first { $0.text.hasPrefix("They fired first") }
        #expect(fired?.speaker == nil && fired?.speakerMention?.text == "a security source" && fired?.cue == "told",
                "\(String(describing: fired))")
        let calm = found.quotes.first { $0.text.hasPrefix("It is calm") }
        #expect(calm?.speaker == nil && calm?.speakerMention?.text == "sources", "\(String(describing: calm))")
    }

    @Test func anUnnamedPersonAfterTheCueSpeaksAndNoOneElseDoes() {
        let found = analysis("The army said it had repelled an attack. \"The shooting went on all night,\" said one farmer, who "
            + "asked not to be named.")
        let night = found.quotes.first { $0.text.hasPrefix("The shooting went on") }
        #expect(night?.speaker == nil && night?.speakerMention?.text == "one farmer" && night?.cue == "said",
                "\(String(describing: night))")
    }

    @Test func anOfficeIsNotSomeoneTitledWithAnother() {
        let text = "The UN rights office called for calm. Ines Kovac, a spokeswoman for the office in Geneva, said the arrests "
            + "were worrying. In a speech on Tuesday, the president urged citizens to \"close ranks\" behind the army."
        #expect(speaker(of: "close ranks", in: text) != "Ines Kovac")
        // (A counterpart holds the office of whom they meet: "the minister" may be the counterpart who spoke last.)
        let met = "Italian Defence Minister Paolo Conti and his Spanish counterpart Elena Ruiz met in Rome. \"We must act,\" "
            + "Conti said. Ruiz agreed that spending had to rise. \"We cannot wait,\" the minister added."
        #expect(speaker(of: "We cannot wait", in: met) == "Elena Ruiz")
    }

    @Test func aNameSomeoneGoesByIsNoQuotation() {
        let quotes = analysis("The cartel is led by Nemesio Oseguera, nicknamed \"El Mencho\". The army, which calls the cartel "
            + "\"Public Enemy\", said a gang leader known as \"Barbecue\" had called it \"a terrorist group\". The drills, code-named "
            + "\"Strait Thunder\", began.").quotes.map(\.text)
        #expect(!quotes.contains("El Mencho") && !quotes.contains("Barbecue") && !quotes.contains("Strait Thunder"), "\(quotes)")
        #expect(quotes.contains("Public Enemy") && quotes.contains("a terrorist group"), "\(quotes)")
        // (With the comma inside the marks, as American style writes it.)
        let inside = analysis("Police arrested Wilson Pierre, known as \u{201C}Ti Wil,\u{201D} whom they described as a gang leader.")
        #expect(inside.quotes.isEmpty, "\(inside.quotes.map(\.text))")
    }

    @Test func aPhraseThatSetsTheSceneIsNoReportedSpeech() {
        let quotes = analysis("In it, Jimmy Cherizier, a former police officer who leads the coalition, warned the government.").quotes
        #expect(quotes.isEmpty, "\(quotes.map(\.text))")
    }

    @Test func anOfficeThatSpeaksIsAPersonOfItsContext() {
        let text = "In Tokyo, Japan's defense ministry said the missile had fallen outside Japan's waters. The government lodged "
            + "a protest, the defense minister told reporters. \"These launches are unacceptable,\" the minister said."
        #expect(speaker(of: "The government lodged", in: text) == "Defense Minister")
        #expect(speaker(of: "These launches", in: text) == "Defense Minister")
    }

    @Test func aParticipleReportsTheSubjectsWords() {
        let text = "Georgian Prime Minister Irakli Kobakhidze rejected the criticism, saying that Brussels had relied on "
            + "one-sided information. Kobakhidze later denied it, saying in a statement that the convoys were held up."
        #expect(speaker(of: "Brussels had relied", in: text) == "Irakli Kobakhidze")
        #expect(analysis(text).quotes.contains { $0.text.hasPrefix("the convoys were held up") })
    }

    @Test func anOfficialOfABodyOpeningTheSentenceBeforeIsTheBodys() {
        let text = "In Washington, the Organization of American States said it was watching Peru. Its secretary general, "
            + "Albert Ramdin, said the crisis must be solved by Peruvians."
        let found = analysis(text).actors.first { $0.actor.name == "Albert Ramdin" }
        #expect(found?.actor.code.hasPrefix("IGOOAS") == true, "\(String(describing: found?.actor.code))")
        #expect(speaker(of: "the crisis must be solved", in: text) == "Albert Ramdin")
    }

    @Test func aNewsOutletToldIsNoPartOfWhatWasSaid() {
        let quotes = analysis("Analyst Anna Grigoryan of the Caucasus Institute told AFP the Kremlin's reaction reflected irritation.").quotes
        #expect(quotes.contains { $0.text.hasPrefix("the Kremlin's reaction") }, "\(quotes.map(\.text))")
    }

    @Test func anAdviserSpeaksNotTheOneAdvised() {
        // ("An adviser to commander X, known as Y, said": the adviser, whom the text does not name; a spokesman's words
        // are those of whom he speaks for.)
        let text = "RSF commander Musa Hamdan leads the group. An adviser to RSF commander Musa Hamdan, known as Hemedti, said "
            + "the fighters were \"tightening the ring\"."
        #expect(speaker(of: "tightening the ring", in: text) == nil)
        let spokesman = "A spokesman for U.N. Secretary-General Antonio Guterres said the United Nations \"strongly condemns\" the attack."
        #expect(speaker(of: "strongly condemns", in: spokesman) == "Antonio Guterres")
    }

    @Test func whoQuotedIsNotWhatWasSaid() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "Russian Deputy Defence Minister Pavel Orlov visited Bamako. \"We will stand with our friends,\" Orlov was quoted "
                + "as saying by the state-run RIA Novosti news agency."))
        #expect(!analysis.quotes.contains { $0.text.hasPrefix("by the") }, "\(analysis.quotes.map(\.text))")
    }

    @Test func aNameInQuotationMarksAfterAPrepositionIsNamedNotSaid() {
        let text = "President Nicolás Maduro announced elections for a governor of \"Guayana Esequiba\", a state created on paper."
        #expect(speaker(of: "Guayana Esequiba", in: text) == nil)
        // (What a speaker calls something is still said: "called the vote a \"farce\"".)
        #expect(speaker(of: "farce", in: "President Nicolás Maduro called the vote a \"farce\".") == "Nicolás Maduro")
    }

    @Test func anOutletOfSeveralWordsAndABareDayAreNoPartOfWhatWasSaid() {
        let told = analysis("A Pakistani security official told The Associated Press the test had been planned for months.").quotes
        #expect(told.contains { $0.text.hasPrefix("the test had been planned") }, "\(told.map(\.text))")
        let day = analysis("Pakistan's military said Wednesday it had test-fired a missile.").quotes
        #expect(day.contains { $0.text.hasPrefix("it had test-fired") }, "\(day.map(\.text))")
    }

    @Test func aHearerBeforeAnInfinitiveDoesNotCloseTheClause() {
        let quotes = analysis("Chinese President Xi Jinping arrived in Bishkek. In his address, Xi urged member states to reject \"bloc confrontation\" and announced grants.").quotes
        #expect(!quotes.contains { $0.text.hasPrefix("In his address") }, "\(quotes.map(\.text))")
    }

    @Test func aCueSetOffInsideTheClauseReportsTheWholeSentence() {
        let text = "Communications Minister Patrick Muyaya spoke in Kinshasa. The government, he said, would raise the matter at the U.N."
        #expect(analysis(text).quotes.contains { $0.text.hasPrefix("The government, he said, would raise") }, "\(analysis(text).quotes.map(\.text))")
    }

    @Test func aPhraseBeforeThatIsNotWhatWasSaid() {
        let quotes = analysis("Ukrainian President Volodymyr Zelensky said in his evening address that Russia wanted war.").quotes
        #expect(quotes.contains { $0.text == "Russia wanted war" }, "\(quotes.map(\.text))")
    }

    @Test func aBurmeseHonorificIsNoPartOfTheName() {
        let text = "\"The world has issued enough statements,\" said U Kyaw Zin Htet, a spokesman for the opposition. "
            + "Kyaw Zin Htet said evidence was being collected."
        #expect(speaker(of: "The world has issued", in: text) == "Kyaw Zin Htet")
        #expect(analysis(text).actors.filter { $0.actor.kind == .person }.count == 1)
    }

    func analysis(_ text: String) -> Analysis { TestSupport.pipeline.analyze(TestSupport.document(text)) }

    @Test func theOfficialIsTheOneALastIntroducedUnnamed() {
        let text = "Defence Minister Lars Holm said the drones had come from the east. A military official said jets were "
            + "scrambled. \"The aircraft came within 30 kilometers,\" the official said."
        let found = analysis(text)
        let quote = found.quotes.first { $0.text.hasPrefix("The aircraft came") }
        #expect(quote != nil && quote?.speaker == nil, "\(found.quotes.map { ($0.text, $0.speaker) })")
        // (With no one introduced so since the minister, the title is still his.)
        #expect(speaker(of: "We will respond", in: "Defence Minister Lars Holm said the drones had come from the east. "
            + "\"We will respond,\" the minister said.") == "Lars Holm")
    }

    @Test func reportedSpeechBesideAQuotation() {
        let text = "Talks with the lenders will resume next week, Kenyan Finance Minister John Mbadi said on Monday, "
            + "adding that a deal was \"within reach.\""
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
        let reported = analysis.quotes.first { $0.kind == .indirect && $0.text.hasPrefix("Talks with the lenders") }
        #expect(reported != nil, "\(analysis.quotes.map(\.text))")
        #expect(analysis.quotes.contains { $0.text.hasPrefix("within reach") })
    }

    @Test func aCoordinatedSubjectListsEverySpeaker() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "France, Britain and Germany said the deal was \"a step backwards.\" Chile said nothing."))
        let quote = analysis.quotes.first { $0.text.hasPrefix("a step backwards") }
        let names = quote?.speakers.compactMap { id in analysis.actors.first { $0.id == id }?.actor.name }
        #expect(quote?.speaker == nil && names == ["France", "United Kingdom", "Germany"], "\(analysis.quotes.map { ($0.text, $0.speakers) })")
        // One speaker is its own list.
        let single = TestSupport.pipeline.analyze(TestSupport.document("Chile said the deal was fair."))
        #expect(single.quotes.first.map { $0.speaker != nil && $0.speakers == [$0.speaker].compactMap { $0 } } == true)
    }

    @Test func theSidesOfAStorySpeakTogether() {
        func names(_ text: String, _ starts: String) -> [String]? {
            let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
            let quote = analysis.quotes.first { $0.text.hasPrefix(starts) }
            return quote?.speakers.compactMap { id in analysis.actors.first { $0.id == id }?.actor.name }
        }
        // As many as the last coordinated subject.
        let three = names("Canada, Mexico and Chile criticised the tariffs. \"They must go,\" the three countries said.", "They must go")
        #expect(three == ["Canada", "Mexico", "Chile"], "\(String(describing: three))")
        // "the two sides": the story's two main states.
        let two = names("Armenia and Azerbaijan met in Geneva. Armenia praised Azerbaijan. Azerbaijan thanked Armenia. "
                        + "The two sides said talks would resume in May.", "talks would resume")
        #expect(Set(two ?? []) == ["Armenia", "Azerbaijan"], "\(String(describing: two))")
        // Juntas, regimes, allies and neighbours are sides too.
        let juntas = names("Mali, Burkina Faso and Niger left the bloc in January. "
                           + "The three juntas accused the bloc of \"serving foreign powers\".", "serving foreign")
        #expect(juntas == ["Mali", "Burkina Faso", "Niger"], "\(String(describing: juntas))")
        let allies = names("Japan and the Philippines signed a defence pact. \"We stand together,\" the two allies said.", "We stand")
        #expect(Set(allies ?? []) == ["Japan", "Philippines"], "\(String(describing: allies))")
    }

    @Test func aMovementsSpeakerSaysWeForTheMovement() {
        var doc = TestSupport.document("\"We will not hand over our weapons,\" Hezbollah leader Naim Qassem said.")
        doc.metadata.published = CalendarDate(iso: "2025-05-01")
        let analysis = TestSupport.pipeline.analyze(doc)
        let hezbollah = analysis.actors.first { $0.actor.kind == .group && $0.actor.code == "LBNREBHEZ" }
        #expect(hezbollah?.mentions.map(\.text).contains("We") == true, "\(analysis.actors.map { ($0.actor.code, $0.mentions.map(\.text)) })")
        #expect(!analysis.actors.contains { $0.actor.code == "LBN" })
    }

    @Test func aMovementsFightersAreTheMovement() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "\"Our fighters will not stop until the occupation ends,\" Hamas spokesman Abu Obeida said. "
                + "\"Our army is ready,\" Iranian President Masoud Pezeshkian said."))
        let codes = analysis.actors.map { ($0.actor.code, $0.mentions.map(\.text)) }
        #expect(analysis.actors.contains { $0.actor.code == "PSEREBHMS" && $0.mentions.map(\.text).contains("Our fighters") }, "\(codes)")
        #expect(!analysis.actors.contains { $0.actor.code == "PSEUAF" }, "\(codes)")
        #expect(analysis.actors.contains { $0.actor.code == "IRNMIL" && $0.mentions.map(\.text) == ["Our army"] }, "\(codes)")
    }

    @Test func aCueInAClauseOfItsOwnDoesNotGiveItsObject() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "The United States condemned the decision as \"unacceptable\" and urged Iran to reverse it."))
        let speaker = analysis.quotes.first.flatMap { q in analysis.actors.first { $0.id == q.speaker } }
        #expect(speaker?.actor.code != "IRN", "\(speaker?.actor.code ?? "-")")
    }

    @Test func aNameSetOffByCommasBeforeTheCueSpeaks() {
        let text = "A spokesman for the Kenyan Foreign Ministry, Peter Otieno, said the envoy had been recalled."
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
        let quote = analysis.quotes.first
        #expect(quote?.text == "the envoy had been recalled", "\(analysis.quotes.map(\.text))")
        let speaker = quote.flatMap { q in analysis.actors.first { $0.id == q.speaker } }
        #expect(speaker?.actor.name == "Peter Otieno")
    }

    @Test func aParticiplesThatClauseIsMoreReportedSpeech() {
        let text = "\"We will not wait for ever,\" Polish Foreign Minister Anna Zielinska said in Warsaw, "
            + "adding that the allied forces were already on high alert."
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
        let added = analysis.quotes.first { $0.kind == .indirect }
        #expect(added?.text == "the allied forces were already on high alert", "\(analysis.quotes.map(\.text))")
        let speaker = added.flatMap { q in analysis.actors.first { $0.id == q.speaker } }
        #expect(speaker?.actor.name == "Anna Zielinska")
    }

    @Test func coordinatedThatClausesAreMoreReportedSpeech() {
        let told = TestSupport.pipeline.analyze(TestSupport.document(
            "Brazilian Trade Minister Paulo Ramos told exporters in Santos that \"the old quotas are gone\" and that new tariffs would start in May."))
        #expect(told.quotes.contains { $0.kind == .indirect && $0.text == "new tariffs would start in May" }, "\(told.quotes.map(\.text))")
        let promised = TestSupport.pipeline.analyze(TestSupport.document(
            "Kenyan President Samuel Kiprop stressed that the drought \"will not end soon\" but promised that food prices would fall."))
        let quote = promised.quotes.first { $0.text == "food prices would fall" }
        #expect(quote?.cue == "promised", "\(promised.quotes.map { ($0.text, $0.cue) })")
        #expect(promised.actors.first { $0.id == quote?.speaker }?.actor.name == "Samuel Kiprop")
    }

    @Test func aCollectiveNamedAgainIsTheGroupNamedBefore() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "The talks failed, the Turkish Foreign Ministry said on Monday. The ministry added that it would recall its envoy."))
        let added = analysis.quotes.first { $0.text.hasPrefix("it would recall") }
        let speaker = analysis.actors.first { $0.id == added?.speaker }
        #expect(speaker?.actor.code == "TURGOV" && speaker?.mentions.map(\.text).contains("The ministry") == true,
                "\(analysis.actors.map { ($0.actor.code, $0.mentions.map(\.text)) })")
    }

    /// The speaker of the text's first quotation, and every actor's name for messages.
    func firstSpeaker(_ text: String) -> (actor: Actor?, names: [String]) {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(text))
        let speaker = analysis.quotes.first.flatMap { q in analysis.actors.first { $0.id == q.speaker } }
        return (speaker?.actor, analysis.actors.map(\.actor.name))
    }

    @Test func aRoleNounPrefersTheSubjectOfTheLatestSentence() {
        let found = firstSpeaker("Ghanaian Foreign Minister Kofi Mensah received his Togolese counterpart in Accra on Monday. "
                                 + "\"We will reopen the border,\" the minister said.")
        #expect(found.actor?.name == "Kofi Mensah", "\(found.names)")
    }

    @Test func accordingToATextFromItsAuthor() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "According to a statement from the Chilean Interior Ministry, the curfew will end on Sunday."))
        let quote = analysis.quotes.first
        #expect(quote?.text == "the curfew will end on Sunday", "\(analysis.quotes.map(\.text))")
        #expect(analysis.actors.first { $0.id == quote?.speaker }?.actor.code == "CHLGOV")
    }

    @Test func heAndSheKeepToThePeopleTheyCanBe() {
        let woman = firstSpeaker("Italian Prime Minister Giorgia Meloni met Ukrainian President Volodymyr Zelensky in Rome. "
                                 + "\"We will not give up,\" she said.")
        #expect(woman.actor?.name == "Giorgia Meloni" && woman.actor?.gender == .female, "\(woman.names)")
        // A title tells it too: "he" is the spokesman, not the minister named first.
        let man = firstSpeaker("Slovak Foreign Minister Jana Novakova met government spokesman Ivo Kral. \"Talks went well,\" he said.")
        #expect(man.actor?.name == "Ivo Kral" && man.actor?.gender == .male, "\(man.names)")
    }

    @Test func theyIsTheGroupThatOpensTheSentenceBefore() {
        let group = firstSpeaker("Opposition lawmakers in Kenya walked out of parliament on Friday. "
                                 + "\"We will not vote for this budget,\" they said.")
        #expect(group.actor?.code == "KENOPP" || group.actor?.code == "KENLEG", "\(group.names)")
        // A person opening the sentence before is not "they".
        let person = firstSpeaker("Kenyan President William Ruto met opposition lawmakers on Friday. \"We will talk again,\" they said.")
        #expect(person.actor == nil, "\(person.actor?.name ?? "-")")
    }

    @Test func aQuotationNeverClosedEndsWhereItsSpeakerIsNamed() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "\"We have met every condition, Ghanaian Finance Minister Kwame Asante said on Monday. The cedi rose after his remarks. "
                + "\"Markets will settle soon,\" Bank of Ghana Governor Ama Owusu said."))
        let speakers = analysis.quotes.map { q in (q.text, analysis.actors.first { $0.id == q.speaker }?.actor.name) }
        #expect(speakers.contains { $0.0 == "We have met every condition" && $0.1 == "Kwame Asante" }, "\(speakers)")
        #expect(speakers.contains { $0.0 == "Markets will settle soon" && $0.1 == "Ama Owusu" }, "\(speakers)")
    }

    @Test func aDatelineIsNotPartOfWhatWasSaid() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "ADDIS ABABA (AP) \u{2014} Talks with Eritrea will resume next week, the Ethiopian Foreign Ministry said."))
        #expect(analysis.quotes.first?.text == "Talks with Eritrea will resume next week", "\(analysis.quotes.map(\.text))")
    }

    @Test func anInterviewsAnswersAreTheIntervieweesWords() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "In an interview with a Lagos daily, Nigerian Oil Minister Bola Adeyemi discussed output. "
                + "Q: Will production rise? A: We expect two million barrels a day by March. That is our target. "
                + "Q: And the pipeline attacks? A: The Nigerian army told us the main line was secure."))
        let quotes = analysis.quotes.map { q in (q.text, q.kind, analysis.actors.first { $0.id == q.speaker }?.actor.name) }
        #expect(quotes.contains { $0.0 == "We expect two million barrels a day by March. That is our target" && $0.1 == .direct
            && $0.2 == "Bola Adeyemi" }, "\(quotes)")
        // Reported speech inside an answer has its own speaker.
        #expect(quotes.contains { $0.0 == "the main line was secure" && $0.1 == .indirect }, "\(quotes)")
        // The questions are nobody's quotation.
        #expect(!quotes.contains { $0.0.hasPrefix("Will production") }, "\(quotes)")
    }

    @Test func aQuotationAfterAColonIsTheNamedPersons() {
        let found = firstSpeaker("The letter from Austrian Chancellor Karl Berger to the summit was blunt: \"Austria will not pay more.\"")
        #expect(found.actor?.name == "Karl Berger", "\(found.names)")
    }

    @Test func aPledgeOfMoneyIsNoSpeech() {
        let analysis = TestSupport.pipeline.analyze(TestSupport.document(
            "Norway pledged 40 million crowns in new aid on Tuesday, the Norwegian Foreign Ministry said in a statement."))
        #expect(analysis.quotes.map(\.text) == ["Norway pledged 40 million crowns in new aid on Tuesday"], "\(analysis.quotes.map(\.text))")
        let promised = TestSupport.pipeline.analyze(TestSupport.document("Norway promised that aid would arrive soon."))
        #expect(promised.quotes.first?.text == "aid would arrive soon")
    }

    @Test func anHonorificBetweenTheCueAndTheName() {
        let found = firstSpeaker("\"We are running out of fuel,\" said Dr Amina Yusuf, a Nigerian health official.")
        #expect(found.actor?.name == "Amina Yusuf", "\(found.names)")
    }

    @Test func theyIsABodyThatOpensOrSpeaksInTheSentenceBeforeNotOneNamedInItsObject() {
        let text = "Officials of South Korea and Japan met on Friday. The two ministers described the launch as a violation of "
            + "U.N. Security Council resolutions. \"We will respond firmly, and together,\" they said."
        #expect(speaker(of: "We will respond", in: text) != "United Nations Security Council")
        // (One that speaks there still is: "..., two Iraqi security officials said. ..., they said".)
        let spoke = "Two drones approached the base, Iraqi security officials said. \"One was shot down,\" they said."
        #expect(speaker(of: "One was shot down", in: spoke) == "Iraqi security officials", "\(String(describing: speaker(of: "One was shot down", in: spoke)))")
    }
}
