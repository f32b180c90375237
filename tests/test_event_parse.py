"""Reading the parse for events: mode, roles, main predication, re-typing, coreference cues.

Small sentences of our own on the real English model (the parse is the point). Each test finds
its trigger by word, so a failure names the sentence and the word that was misread.
"""
import pytest

from conftest import heads_of, trigger, word
from eventwire import event_parse
from eventwire.actors import find_actors
from eventwire.nlp import doc_text
from eventwire.triggers import load_lexicon


@pytest.mark.parametrize("text, trigger_word, mode", [
    ("The rebels attacked the base on Monday.", "attacked", "asserted"),
    ("The rebels did not attack the base.", "attack", "negated"),
    ("The rebels never attacked the base.", "attacked", "negated"),
    ("The army denied shelling the market.", "shelling", "negated"),
    ("The army failed to retake the town.", "retake", "negated"),
    ("The rebels will attack the base next week.", "attack", "future"),
    ("The rebels are going to attack the base.", "attack", "future"),
    ("The rebels plan to attack the base.", "attack", "future"),
    ("The rebels threatened to attack the base.", "attack", "hypothetical"),  # (a threat's act)
    ("The rebels could attack the base.", "attack", "hypothetical"),
    ("If the rebels attack the base, the army will respond.", "attack", "hypothetical"),
    ("Officials fear the rebels may attack the base.", "attack", "hypothetical"),
    ("Officials said the rebels attacked the base.", "attacked", "asserted"),
    ("A police team was sent to arrest those responsible.", "arrest", "future"),
    ("About 300 vendors marched to the offices to protest against the dues.", "protest",
     "asserted"),
    ("The army deployed troops to retake the town.", "retake", "future"),
    ("The rebels managed to capture the town.", "capture", "asserted"),
    ("The two sides signed a ceasefire agreement in Havana on 9 June 2023; it does not cover "
     "fighting between armed groups.", "signed", "asserted"),
    ("Residents demanded the withdrawal of the troops.", "withdrawal", "future"),
    ("The envoy called for a ceasefire in the north.", "ceasefire", "future"),
    ("The two sides agreed a ceasefire on Monday.", "ceasefire", "asserted"),
    ("Police arrested 14 officials two days before a planned march.", "march", "future"),
    ("Police detained members handing out leaflets for a march planned for Saturday.", "march",
     "future"),
    ("The defence ministry denied opening fire and accused Armenia of a provocation.", "opening",
     "negated"),
    # the parser hangs the second verb on the denied or refused clause; it is the speaker's own
    ("An ELN commander denied that his fighters had attacked civilians and accused the "
     "dissidents of killing two farmers.", "accused", "asserted"),
    # ... also where it hangs the denied clause on "a statement"; a passive goes on as passive
    ("The union denied in a statement that its fighters had killed the guards and accused the "
     "police of lying.", "accused", "asserted"),
    ("The ministry denied reports that migrants had been driven to the desert and abandoned "
     "there.", "abandoned", "negated"),
    ("The prime minister rejected calls to resign and blamed foreign powers for the violence.",
     "blamed", "asserted"),
    # a condition hung on the copula of a readiness conditions the offered act
    ("The council said it was ready to negotiate with the militia if it handed over its weapons.",
     "negotiate", "hypothetical"),
    ("The council said it was ready to negotiate with the militia.", "negotiate", "future"),
    # the parser reads "shot" as a noun and hangs its clause past the semicolon
    ("The next morning, two men on a motorcycle shot dead a shrimp trader and his brother as they "
     "opened their shop in Portoviejo; the motive was not known.", "shot", "asserted"),
    # a relative clause told in the past is done, whatever its noun's clause refuses
    ("The envoy called on the Houthis to halt their offensive on Marib, a call the group "
     "rejected.", "rejected", "asserted"),
    ("The TNLA, which captured the town of Mogok last year, has rejected demands to withdraw.",
     "captured", "asserted"),
    # a past time clause under a demand tells why it was made, not what is demanded
    ("Farmers marched to the town hall to demand protection after gunmen shot dead two farmers "
     "last week.", "shot", "asserted"),
])
def test_mode_from_negation_auxiliaries_and_governors(nlp, text, trigger_word, mode):
    doc = nlp(text)
    assert event_parse.mode_of(word(doc, trigger_word), load_lexicon()) == mode


def test_a_speech_verb_stops_the_search_for_a_governing_cue(nlp):
    # "urged" governs "said", not "attacked": the attack is reported, not urged
    doc = nlp("The envoy urged calm after officials said the rebels attacked the base.")
    assert event_parse.mode_of(word(doc, "attacked"), load_lexicon()) == "asserted"


def roles(nlp, text, trigger_word, key):
    doc = nlp(text)
    found = event_parse.role_tokens(word(doc, trigger_word), trigger(*key.split("|")), load_lexicon())
    return (found.first.text if found.first is not None else None,
            found.second.text if found.second is not None else None)


@pytest.mark.parametrize("text, trigger_word, key, first, second", [
    ("Soldiers attacked the village.", "attacked", "attack|ANY", "Soldiers", "village"),
    ("The village was attacked by soldiers.", "attacked", "attack|ANY", "soldiers", "village"),
    ("Soldiers opened fire on protesters.", "opened", "open fire|VERB", "Soldiers", "protesters"),
    ("Rebels fought with soldiers near the river.", "fought", "fight|VERB", "Rebels", "soldiers"),
    # the weapon phrase stands for its doer: only who fired it, or whose it is, names one
    ("An air strike killed five fighters.", "killed", "kill|VERB", "strike", "fighters"),
    ("Shells fired by the rebels killed five people.", "killed", "kill|VERB", "rebels", "people"),
    ("The attack by rebels on the convoy failed.", "attack", "attack|ANY", "rebels", "convoy"),
    ("Clashes between soldiers and rebels continued.", "Clashes", "clash|ANY", "soldiers", "rebels"),
    ("The rebels launched an attack on the convoy.", "attack", "attack|ANY", "rebels", "convoy"),
    ("The town is cut off by roadblocks set up by the cartels.", "roadblocks", "roadblock|NOUN",
     "cartels", None),
])
def test_roles_from_subject_object_agent_and_prepositions(nlp, text, trigger_word, key, first,
                                                          second):
    assert roles(nlp, text, trigger_word, key) == (first, second)


def test_actor_of_reads_the_head_then_its_modifiers(nlp):
    doc = nlp("Nigerian troops attacked the camp.")
    actors = tuple(find_actors(doc))
    hit = event_parse.actor_of(actors, doc_text(doc), word(doc, "troops"))
    assert hit.actor is not None and hit.text is not None
    assert doc_text(doc)[hit.text.start:hit.text.end] in ("Nigerian", "troops", "Nigerian troops")
    assert event_parse.actor_of(actors, doc_text(doc), None) == event_parse.NO_ACTOR


@pytest.mark.parametrize("text, trigger_word, main", [
    ("The rebels attacked the base.", "attacked", True),
    ("Police said the rebels attacked the base.", "attacked", True),
    ("The rebels launched an attack on the base.", "attack", True),
    ("Talks resumed after the attack on the base.", "attack", False),
])
def test_is_main_finds_the_sentence_s_own_predication(nlp, text, trigger_word, main):
    assert event_parse.is_main(word(nlp(text), trigger_word)) is main


def test_governors_step_over_conjuncts(nlp):
    doc = nlp("The rebels threatened to storm the town and seize the bank.")
    above = [t.text for t in event_parse.governors(word(doc, "seize"))]
    assert "storm" not in above and "threatened" in above


def test_a_past_verb_hung_on_an_embedded_clause_is_the_speaker_s(nlp):
    doc = nlp("An ELN commander denied that his fighters had attacked civilians and accused the "
              "dissidents of killing two farmers.")
    assert event_parse.subject_of(word(doc, "accused")).text == "commander"
    doc = nlp("A boy was bundled into a car by three masked men, who drove him to a flat, beat "
              "him and filmed him; investigators believe he was seized over a debt.")
    assert event_parse.sibling_of(word(doc, "beat")).text != "believe"


def test_a_second_that_clause_is_no_part_of_the_first(nlp):
    """The parser hangs "and that reinforcements were sent" on the condition inside the first
    "that" clause; it is a sibling of that clause, reported as fact, not threatened."""
    doc = nlp("Local sources reported that officers threatened to shell the town if the "
              "residents did not hand over those responsible, and that reinforcements were sent "
              "to the outskirts of the town.")
    sent = word(doc, "sent")
    assert "threatened" not in [t.text for t in event_parse.governors(sent)]
    assert event_parse.mode_of(sent, load_lexicon()) == "asserted"


@pytest.mark.parametrize("text, trigger_word, mode", [
    ("The rebels said they would attack the base.", "attack", "future"),
    ("The rebels said they would attack the base if the talks failed.", "attack", "hypothetical"),
    ("The militia threatened to burn the village if the elders did not pay.", "burn", "hypothetical"),
    ("Police will arrest anyone blocking the bridge.", "blocking", "hypothetical"),
    # the attempt's "could" is the seizure's; a reported "would try" is still a "will"
    ("An official warned that the TPLF could try to seize Mille.", "seize", "hypothetical"),
    ("The commander said the group would try to retake the town.", "retake", "future"),
    # an event told before, named only as the time of what is denied, is not denied
    ("The army denied that soldiers had detained men after the bombing.", "bombing", "asserted"),
    ("The army denied that soldiers had detained men after a bombing.", "bombing", "negated"),
    # what a warning is of, on a condition, may happen
    ("The gang warned of more bombs if the raids continued.", "bombs", "hypothetical"),
    ("The gang warned of more bombs in the coming weeks.", "bombs", "future"),
])
def test_reported_would_conditions_and_indefinite_doers(nlp, text, trigger_word, mode):
    assert event_parse.mode_of(word(nlp(text), trigger_word), load_lexicon()) == mode


def test_definite_event_nouns_refer_back(nlp):
    lexicon = load_lexicon()
    doc = nlp("The blast destroyed several shops.")
    assert event_parse.refers_back(word(doc, "blast"), lexicon)
    assert event_parse.part_of_reported(word(doc, "destroyed"), lexicon)
    doc = nlp("Nine soldiers were injured in the unrest.")
    assert event_parse.part_of_reported(word(doc, "injured"), lexicon)
    doc = nlp("A bomb destroyed several shops.")
    assert not event_parse.refers_back(word(doc, "bomb"), lexicon)
    assert not event_parse.part_of_reported(word(doc, "destroyed"), lexicon)


def test_retype_readiness_and_crowds(nlp):
    lexicon = load_lexicon()
    doc = nlp("The junta is prepared to impose a curfew.")
    heads = heads_of(doc, lexicon)
    ready = word(doc, "prepared")
    assert event_parse.retype(heads[ready.i], ready, None, heads, lexicon).plover == "THREATEN"
    doc = nlp("Hundreds of protesters torched the governor's office.")
    heads = heads_of(doc, lexicon)
    torched = word(doc, "torched")
    doer = event_parse.role_tokens(torched, heads[torched.i], load_lexicon()).first
    retyped = event_parse.retype(heads[torched.i], torched, doer, heads, lexicon)
    assert (retyped.plover, retyped.acled) == ("PROTEST", "Violent demonstration")


def test_parse_distance_prefers_the_verb_s_own_adjunct(nlp):
    doc = nlp("Near Kidal, gunmen stopped a lorry travelling from Gao and seized the driver.")
    verb = word(doc, "stopped")
    assert event_parse.parse_distance(word(doc, "Kidal"), verb) < \
        event_parse.parse_distance(word(doc, "Gao"), verb)


def test_sources_and_described_nouns(nlp):
    doc = nlp("Rebels attacked the town, according to local officials, the governor said.")
    found = {t.text for t in event_parse.source_tokens(word(doc, "attacked"), load_lexicon())}
    assert {"officials", "governor"} <= found
    doc = nlp("The Misrata militia commander left.")
    assert event_parse.described_noun(word(doc, "Misrata")) is not None


def test_clause_bounds_leave_out_coordinated_clauses(nlp):
    doc = nlp("The march was calm, and the crowd left after officials agreed to talks next week.")
    start, end = event_parse.clause_bounds(word(doc, "was"))
    assert doc.text[start:end].startswith("The march was calm")
    assert "next week" not in doc.text[start:end]


def test_protesting_a_statement_is_a_complaint(nlp):
    lexicon = load_lexicon()
    doc = nlp("The rights group protested that the police had beaten the detainees.")
    heads = heads_of(doc, lexicon)
    protested = word(doc, "protested")
    assert event_parse.retype(heads[protested.i], protested, None, heads, lexicon).plover == "ACCUSE"
    doc = nlp("Thousands of teachers protested in the capital.")
    heads = heads_of(doc, lexicon)
    protested = word(doc, "protested")
    assert event_parse.retype(heads[protested.i], protested, None, heads, lexicon).plover == "PROTEST"


@pytest.mark.parametrize("text, ready_word, plover", [
    ("The council is prepared to lift the ban on the newspaper.", "prepared", "AGREE"),
    ("The rebels vowed not to hand back the captured district.", "vowed", "REJECT"),
    ("The general vowed to storm the rebel stronghold.", "vowed", "THREATEN"),
])
def test_a_commitment_is_typed_by_what_is_committed_to(nlp, text, ready_word, plover):
    lexicon = load_lexicon()
    doc = nlp(text)
    heads = heads_of(doc, lexicon)
    ready = word(doc, ready_word)
    assert event_parse.retype(heads[ready.i], ready, None, heads, lexicon).plover == plover


def test_a_readiness_adjective_is_offered_by_the_copula_s_subject(nlp):
    doc = nlp("Kenya is willing to send engineers to the mission.")
    found = event_parse.role_tokens(word(doc, "willing"), trigger("willing", "ADJ"),
                                    load_lexicon())
    assert found.first.text == "Kenya"
    assert event_parse.is_main(word(doc, "willing"))


@pytest.mark.parametrize("text, trigger_word, act", [
    ("Chile will withdraw its envoy from the talks in Lima.", "withdraw", "AGREE"),
    ("The farmers said they would blockade the port of Rotterdam.", "blockade", "THREATEN"),
    ("The ministry says it will not accept the new tariffs.", "accept", "REJECT"),
    ("Peru will withdraw its troops unless the border is reopened.", "withdraw", "THREATEN"),
    ("The summit will be held in Accra next month.", "held", None),
    ("The rebels attacked the town. The army said it would retake the town.", "retake", None),
])
def test_a_lede_commitment_is_its_own_speech_act(nlp, text, trigger_word, act):
    lexicon = load_lexicon()
    doc = nlp(text)
    heads = heads_of(doc, lexicon)
    token = word(doc, trigger_word)
    key = heads.get(token.i)
    mode = event_parse.mode_of(token, lexicon)
    found = event_parse.commitment(token, key, mode, lexicon) if key is not None else None
    assert found == act


@pytest.mark.parametrize("text, trigger_word, key, plover", [
    ("The attack was revenge for the capture of a local gang leader.", "capture", "capture|ANY",
     "COERCE"),
    ("Soldiers captured two rebel commanders near the river.", "captured", "capture|ANY", "COERCE"),
    ("The rebels captured Rutshuru in late 2022.", "captured", "capture|ANY", "ASSAULT"),
])
def test_capturing_people_is_an_arrest_not_a_territory_change(nlp, text, trigger_word, key, plover):
    doc = nlp(text)
    token = word(doc, trigger_word)
    retyped = event_parse.retype(trigger(*key.split("|")), token, None, {}, load_lexicon())
    assert retyped.plover == plover


def test_vowing_what_another_party_will_undergo_is_a_threat(nlp):
    doc = nlp("A commander vowed that the group would pay a heavy price.")
    retyped = event_parse.retype(trigger("vow", "VERB"), word(doc, "vowed"), None, {}, load_lexicon())
    assert retyped.plover == "THREATEN"
    doc = nlp("The government vowed to rebuild the school.")
    retyped = event_parse.retype(trigger("vow", "VERB"), word(doc, "vowed"), None, {}, load_lexicon())
    assert retyped.plover == "AGREE"


def test_an_org_entity_running_across_a_bracket_is_no_org_name(nlp):
    """The NER tags "Iranshahr (Iranshahr" as one ORG in "in Iranshahr (Iranshahr, Sistan and
    Baluchestan)"; the town is still a town, but "Kenya" in "the Kenya Wildlife Service" is a
    name's part."""
    doc = nlp("On 20 October 2020, in Iranshahr (Iranshahr, Sistan and Baluchestan), a suicide "
              "bomber drove a car into a police station.")
    town = next(t for t in doc if t.text == "Iranshahr")
    assert not event_parse.in_longer_org_name(doc[town.i:town.i + 1])
    doc = nlp("Officials of the Kenya Wildlife Service arrived.")
    kenya = next(t for t in doc if t.text == "Kenya")
    assert event_parse.in_longer_org_name(doc[kenya.i:kenya.i + 1])


def test_vowing_that_those_responsible_will_be_hunted_is_a_threat(nlp):
    doc = nlp("The minister vowed that those responsible would be hunted down.")
    retyped = event_parse.retype(trigger("vow", "VERB"), word(doc, "vowed"), None, {}, load_lexicon())
    assert retyped.plover == "THREATEN"


def test_students_protesting_who_torch_a_building_riot(nlp):
    doc = nlp("Hundreds of students protesting over the abduction torched a government building.")
    torched = word(doc, "torched")
    doer = event_parse.role_tokens(torched, trigger("torch", "VERB"), load_lexicon()).first
    retyped = event_parse.retype(trigger("torch", "VERB"), torched, doer, {}, load_lexicon())
    assert retyped.acled == "Violent demonstration"


@pytest.mark.parametrize("text, verb, lemma, plover, sub", [
    ("A crowd of traders beat and burned to death two men.", "beat", "beat", "ASSAULT",
     "Mob violence"),
    ("A crowd of traders beat and burned to death two men.", "burned", "burn", "ASSAULT",
     "Mob violence"),
    ("Gunmen burned him alive in his shop.", "burned", "burn", "ASSAULT", "@kill"),
    ("Rioters burned two buses.", "burned", "burn", "PROTEST", "Violent demonstration"),
    ("Gunmen burned two buses.", "burned", "burn", "COERCE", "Looting/property destruction"),
])
def test_burning_people_is_killing_and_a_crowd_attacking_people_is_mob_violence(
        nlp, text, verb, lemma, plover, sub):
    doc = nlp(text)
    token = word(doc, verb)
    doer = event_parse.role_tokens(token, trigger(lemma, "VERB"), load_lexicon()).first
    retyped = event_parse.retype(trigger(lemma, "VERB"), token, doer, {}, load_lexicon())
    assert (retyped.plover, retyped.acled) == (plover, sub)


@pytest.mark.parametrize("text, plover", [
    ("Police cleared a blockade set up by coca growers on the highway.", "PROTEST"),
    ("The navy imposed a blockade on the port.", "COERCE"),
])
def test_a_blockade_by_civilians_is_a_protest(nlp, text, plover):
    doc = nlp(text)
    token = word(doc, "blockade")
    doer = event_parse.role_tokens(token, trigger("blockade", "ANY"), load_lexicon()).first
    assert event_parse.retype(trigger("blockade", "ANY"), token, doer, {}, load_lexicon()).plover \
        == plover


def test_an_ordered_act_has_not_happened(nlp):
    doc = nlp("The government ordered that the officers who opened fire be arrested.")
    assert event_parse.mode_of(word(doc, "arrested"), load_lexicon()) == "future"


def test_a_deed_in_a_clause_on_its_year_is_not_embedded_in_the_main_one(nlp):
    doc = nlp("The UAE withdrew its troops from Yemen in 2019, the year its local allies signed a "
              "power-sharing agreement with the government in Riyadh.")
    lexicon = load_lexicon()
    signed = word(doc, "signed")
    assert event_parse.prominence(signed, heads_of(doc, lexicon), trigger("sign", "VERB"),
                                  lexicon) == 0.0


@pytest.mark.parametrize("text", ["The civic committee said it would lift its strike on Friday.",
                                  "The committee called off its strike on Friday."])
def test_a_strike_lifted_or_called_off_is_a_walk_out(nlp, text):
    lexicon = load_lexicon()
    doc = nlp(text)
    heads = heads_of(doc, lexicon)
    strike = word(doc, "strike")
    retyped = event_parse.retype(heads[strike.i], strike, None, heads, lexicon)
    assert (retyped.plover, retyped.acled) == ("PROTEST", "@protest")


def test_a_clause_hung_on_a_later_verb_is_what_was_said_not_what_was_agreed(nlp):
    """The parser hangs "fought" on "agreed" (a truce agreed three months ago) after it: a clause
    before its governor is the reported one, so "agree" makes no future of it."""
    doc = nlp("Dozo hunters and fighters of the al-Qaeda-linked Jama'at Nusrat al-Islam "
              "wal-Muslimin (JNIM) fought for most of Sunday in the fields around Monimpebougou, "
              "a rice-farming town in central Mali's Segou region, in the worst violence the area "
              "has seen since a local truce was agreed three months ago, residents and officials "
              "said.")
    fought = word(doc, "fought")
    assert fought.head.lemma_ == "agree"  # the misparse this rule is for
    assert event_parse.mode_of(fought, load_lexicon()) == "asserted"
    assert event_parse.mode_of(word(nlp("The two sides agreed to withdraw their troops."),
                                    "withdraw"), load_lexicon()) == "future"
