from sitrep.actors.fold import deep_key, fold_text, light, name_key


def test_light_folds_case_accents_apostrophes_and_dots():
    assert light("Kata’ib") == light("Kata'ib") == light("KATAIB") == "kataib"
    # letters with no Unicode decomposition (dotless i, ø, ł) fold through the folding data
    assert light("Şırnak") == light("Sirnak") == "sirnak"
    assert light("U.S.") == "us"


def test_transliteration_variants_share_a_key():
    pairs = [("Kadhim al-Fartusi", "Kazem Al-Fartousi"), ("Hezbollah", "Hizballah"),
             ("Kataib", "Kataeb"), ("Kataib", "Kata'ib"), ("Mohammed", "Muhammad"),
             ("Mohamed", "Muhammad"), ("Shia", "Shi'a"), ("Shia", "Shiaa"), ("Iraq", "Irak"),
             ("al-Sudani", "Al Sudani"), ("el-Sudani", "al-Sudani"), ("ash-Shami", "al-Shami")]
    for a, b in pairs:
        assert name_key(a) == name_key(b), (a, b)


def test_different_names_keep_different_keys():
    pairs = [("Iran", "Oran"), ("Homs", "Hamas"), ("Jazaeri", "Jazeera"),
             ("Hezbollah", "Kataib Hezbollah"), ("as", "al")]
    for a, b in pairs:
        assert name_key(a) != name_key(b), (a, b)


def test_short_acronyms_keep_their_letters():
    # "AA" must not fold to the article "a", nor "INN" to "in"
    assert deep_key("AA") == "aa" and deep_key("INN") == "inn"


def test_folded_text_maps_back_to_the_original():
    text = "Kata’ib Hezbollah, al-Sudani's U.S.-backed\nforces (PMF) as-Sadr."
    f = fold_text(text)
    for s, e, w in zip(f.starts, f.ends, f.words):
        assert text[s:e] == w
    for off, i in f.deep_pos.items():
        assert f.deep_text[off:off + len(f.deeps[i])] == f.deeps[i]
    assert "Sudani" in f.words and "Sudani's" not in f.words      # the possessive stays out
    assert "| " in f.deep_text                                      # the comma separates
    assert f.deeps[f.words.index("as")] == "al"                     # hyphen-joined article
