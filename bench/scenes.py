"""Iconographic reasoning on hand-made painting scenes: how often the subjects come out right.

Run ``python -m bench.scenes [--heldout | --heldout2 | --heldout3 | --heldout4 | --heldout5]
[--json OUT.json] [--relations]``.

88 scenes, each the boxes a detector would give on a painting (DEArt labels, (x, y, w, h) on a
canvas of about 1000×800, loose as a detector's boxes are), and the subjects an art historian
expects asserted, written before any run: classic subjects (Saint George mounted and on foot,
Michael, the Madonna and Child, the Crucifixion, Jerome, Christopher, Perseus…) and near misses
(equestrian portraits, battles, hunts, vanitas, pastorals, genre scenes, the Expulsion, sacre
conversazioni…). Relations come from the boxes by ``vision.scene.relations``, subjects from
``kg.reasoning.attribute_scene`` with the bundled rules: what ``kg enrich`` does per artwork.

Scoring is by subject (Iconclass notation): ``saint-george`` and ``saint-george-standing``
count as one, likewise the two Michael, Jerome, John the Evangelist, Martin and Coronation
rules. ``expect``: subjects that must be asserted; ``ok``: tolerated if asserted; anything else
asserted is a false attribution. These scenes guided the rule and scene edits they were written
to test, so the figures flatter the rules: a check against regressions, not a held-out measure.
``--heldout`` runs ``bench/scenes_heldout.py`` instead: 70 scenes written blind, later, with
explicit detector confidences (see its docstring). ``--heldout2`` runs
``bench/scenes_heldout2.py``: a second blind set, 72 scenes each imitating a named painting.
``--heldout3`` runs ``bench/scenes_heldout3.py``: a third blind set, 75 scenes likewise.
``--heldout4`` runs ``bench/scenes_heldout4.py``: a fourth blind set, 75 scenes likewise.
``--heldout5`` runs ``bench/scenes_heldout5.py``: a fifth blind set, 75 scenes likewise.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# Subjects: short name -> Iconclass notation (as in ontologies/rules/*.yaml `subject.notation`)
SUBJECT = {
    "george": "11H(GEORGE)", "michael": "11G183", "margaret": "11HH(MARGARET)",
    "catherine": "11HH(CATHERINE)", "barbara": "11HH(BARBARA)", "jerome": "11H(JEROME)",
    "sebastian": "11H(SEBASTIAN)", "peter": "11H(PETER)", "paul": "11H(PAUL)",
    "baptist": "11H(JOHN THE BAPTIST)", "evangelist": "11H(JOHN)",
    "magdalene": "11HH(MARY MAGDALENE)", "lucy": "11HH(LUCY)", "agatha": "11HH(AGATHA)",
    "apollonia": "11HH(APOLLONIA)", "ursula": "11HH(URSULA)", "francis": "11H(FRANCIS)",
    "antony-padua": "11H(ANTONY OF PADUA)", "dominic": "11H(DOMINIC)",
    "antony-abbot": "11H(ANTONY ABBOT)", "laurence": "11H(LAURENCE)",
    "christopher": "11H(CHRISTOPHER)", "nicholas": "11H(NICHOLAS)", "roch": "11H(ROCH)",
    "martin": "11H(MARTIN)", "andrew": "11H(ANDREW)", "bartholomew": "11H(BARTHOLOMEW)",
    "augustine": "11H(AUGUSTINE)", "hubert": "11H(HUBERT)", "eustace": "11H(EUSTACE)",
    "crucifixion": "73D6", "man-of-sorrows": "73D73", "baptism": "73C121", "entry": "73D14",
    "trinity": "11B32", "good-shepherd": "11D3271", "agnus-dei": "11D1311",
    "madonna": "11F4", "annunciation": "73A5", "coronation": "73E79", "flight": "73B641",
    "pieta": "73D722", "nativity": "73B13", "leda": "92B1222", "europa": "92B1218",
    "ganymede": "92BB121", "bellerophon": "94S32", "perseus": "94P211", "paris": "94C1131",
    "orpheus": "94O51", "unicorn": "25FF2411", "centauromachy": "92L7141",
    "judith": "71U42731", "david": "71H145", "fall": "71A42", "daniel": "71P3411",
    "tobias": "71T58", "jonah": "71V1341", "isaac": "71C131",
}
NAME_OF = {v: k for k, v in SUBJECT.items()}


def O(label, x, y, w, h, conf=None):
    return (label, x, y, w, h, conf)


def S(name, expect, objects, ok=(), note=""):
    return {"name": name, "expect": set(expect), "ok": set(ok), "objects": objects, "note": note}


# ---------------------------------------------------------------------------------------------
# The scenes. Canvas ~1000 x 800, origin top-left. Expectations written before any run.
SCENES = [
    # --- Saint George -------------------------------------------------------------------------
    S("george_mounted_lance", ["george"], [
        O("horse", 280, 260, 460, 360), O("knight", 430, 110, 190, 300),
        O("lance", 180, 200, 330, 330), O("dragon", 90, 500, 330, 250), O("shield", 560, 230, 90, 110)]),
    S("george_mounted_princess_castle", ["george"], [
        O("horse", 330, 280, 420, 340), O("knight", 450, 140, 180, 290), O("lance", 200, 250, 300, 260),
        O("dragon", 90, 470, 300, 230), O("woman", 820, 260, 120, 380), O("crown", 850, 235, 60, 45),
        O("tower", 780, 20, 200, 330), O("tree", 0, 0, 180, 400)]),
    S("george_mounted_sword_princess_kneeling", ["george"], [
        O("horse", 300, 300, 450, 360), O("knight", 420, 140, 200, 330), O("sword", 540, 40, 70, 200),
        O("dragon", 600, 520, 380, 250), O("woman", 60, 380, 160, 300)]),
    S("george_standing_lance_trampling", ["george"], [
        O("knight", 360, 80, 260, 660), O("halo", 440, 60, 100, 70), O("lance", 580, 20, 70, 700),
        O("dragon", 240, 560, 460, 230)]),
    S("george_standing_princess_castle", ["george"], [
        O("knight", 300, 100, 250, 650), O("sword", 500, 200, 60, 300), O("shield", 280, 300, 110, 150),
        O("dragon", 230, 600, 400, 200), O("woman", 700, 200, 160, 520), O("crown", 740, 175, 70, 50),
        O("tower", 820, 0, 180, 380)]),
    S("george_on_foot_spearing_dragon_before_him", ["george"], [
        O("knight", 150, 150, 240, 600), O("lance", 330, 330, 280, 250), O("dragon", 520, 430, 420, 300),
        O("woman", 750, 100, 130, 330)], note="dragon in front of him, not under his feet"),
    # --- Saint Michael ------------------------------------------------------------------------
    S("michael_sword_dragon", ["michael"], [
        O("angel", 380, 60, 270, 650), O("halo", 470, 40, 90, 60), O("sword", 600, 0, 70, 300),
        O("shield", 360, 300, 120, 150), O("dragon", 280, 560, 440, 230)]),
    S("michael_lance_devil", ["michael"], [
        O("angel", 350, 40, 300, 600), O("lance", 420, 150, 250, 550), O("devil", 300, 480, 380, 300)]),
    S("michael_scales_sword_devil", ["michael"], [
        O("angel", 400, 80, 230, 640), O("scales", 240, 300, 220, 170), O("sword", 600, 60, 60, 280),
        O("devil", 500, 620, 200, 170), O("nude", 260, 330, 60, 70)]),
    S("michael_weighing_souls_only", ["michael"], [
        O("angel", 380, 100, 240, 620), O("scales", 560, 280, 260, 180), O("nude", 580, 330, 60, 80),
        O("nude", 760, 330, 60, 80)]),
    # --- Madonna ------------------------------------------------------------------------------
    S("madonna_half_length", ["madonna"], [
        O("woman", 220, 60, 560, 740), O("halo", 420, 40, 160, 110), O("child", 380, 360, 240, 320),
        O("halo", 450, 330, 80, 60)]),
    S("madonna_enthroned_full_length", ["madonna"], [
        O("woman", 330, 120, 340, 620), O("child", 430, 380, 150, 190), O("halo", 450, 100, 100, 70)]),
    S("maesta_with_four_angels", ["madonna"], [
        O("woman", 380, 180, 250, 500), O("child", 450, 380, 110, 150), O("halo", 460, 160, 90, 60),
        O("angel", 140, 100, 160, 300), O("angel", 700, 100, 160, 300), O("angel", 160, 450, 150, 300),
        O("angel", 690, 450, 150, 300)]),
    S("madonna_crowned_by_two_angels", ["madonna"], [
        O("woman", 360, 220, 280, 560), O("child", 430, 420, 140, 200), O("crown", 440, 110, 120, 70),
        O("angel", 250, 60, 210, 220), O("angel", 540, 60, 210, 220)],
        note="angels hold a crown over the Madonna: not the Coronation"),
    S("madonna_standing_queen_of_heaven", ["madonna"], [
        O("woman", 380, 100, 250, 680), O("crown", 450, 50, 110, 90), O("child", 420, 260, 140, 220)]),
    # --- Christ -------------------------------------------------------------------------------
    S("crucifixion_mary_john_magdalene", ["crucifixion"], [
        O("crucifixion", 400, 30, 200, 560), O("woman", 170, 380, 170, 400), O("person", 660, 380, 170, 400),
        O("woman", 440, 560, 160, 220), O("halo", 200, 360, 80, 50), O("halo", 700, 360, 80, 50)]),
    S("crucifixion_angels_centurion", ["crucifixion"], [
        O("crucifixion", 420, 20, 180, 520), O("angel", 260, 80, 130, 110), O("angel", 630, 80, 130, 110),
        O("knight", 100, 250, 150, 260), O("horse", 0, 450, 300, 300), O("lance", 150, 100, 40, 500),
        O("person", 780, 420, 150, 360)]),
    S("baptism_of_christ", ["baptism"], [
        O("person", 600, 150, 200, 550), O("nude", 350, 250, 200, 500), O("dove", 400, 40, 80, 60),
        O("angel", 100, 300, 160, 300)]),
    S("good_shepherd_sheep_on_shoulders", ["good-shepherd"], [
        O("shepherd", 400, 150, 220, 600), O("sheep", 380, 110, 260, 150), O("staff", 600, 140, 40, 620),
        O("sheep", 150, 600, 160, 120), O("sheep", 700, 620, 160, 120)]),
    S("trinity_throne_of_grace", ["trinity"], [
        O("god the father", 330, 40, 340, 450), O("crucifixion", 400, 180, 200, 520),
        O("dove", 470, 150, 60, 50)]),
    S("trinity_masaccio_with_mary_john_donors", ["trinity"], [
        O("god the father", 380, 20, 240, 300), O("crucifixion", 410, 120, 180, 440),
        O("dove", 470, 110, 60, 40), O("woman", 200, 300, 150, 350), O("person", 650, 300, 150, 350),
        O("person", 100, 600, 150, 200), O("woman", 750, 600, 150, 200)], ok=["crucifixion"]),
    # --- Mary ---------------------------------------------------------------------------------
    S("annunciation_lily_dove", ["annunciation"], [
        O("angel", 100, 250, 300, 450), O("lily", 290, 240, 60, 200), O("woman", 620, 200, 240, 520),
        O("halo", 700, 180, 80, 60), O("dove", 540, 70, 60, 50), O("book", 640, 460, 100, 60)]),
    S("annunciation_dove_no_lily", ["annunciation"], [
        O("angel", 120, 200, 280, 480), O("woman", 640, 220, 230, 500), O("dove", 480, 60, 70, 50),
        O("book", 780, 420, 90, 60)]),
    S("coronation_crown_held_above_christ_father_dove", ["coronation"], [
        O("person", 130, 120, 260, 560), O("god the father", 620, 110, 260, 560),
        O("crown", 450, 200, 110, 70), O("woman", 390, 330, 230, 430), O("dove", 470, 50, 70, 55)]),
    S("coronation_crown_placed_by_christ_dove", ["coronation"], [
        O("person", 150, 150, 300, 600), O("woman", 520, 200, 280, 560), O("crown", 590, 165, 110, 75),
        O("dove", 420, 30, 70, 55), O("angel", 60, 20, 150, 140), O("angel", 820, 20, 150, 140)]),
    S("coronation_crown_placed_by_christ_angels_only", ["coronation"], [
        O("person", 150, 160, 300, 580), O("woman", 520, 210, 270, 550), O("crown", 585, 150, 110, 90),
        O("angel", 20, 20, 140, 260), O("angel", 840, 20, 140, 260), O("angel", 30, 450, 140, 300),
        O("angel", 830, 450, 140, 300)], note="Christ crowns Mary among angels (Fra Angelico type)"),
    S("coronation_by_god_the_father_kneeling_virgin", ["coronation"], [
        O("god the father", 300, 60, 400, 380), O("woman", 380, 380, 260, 400),
        O("crown", 450, 350, 110, 70), O("angel", 60, 300, 150, 300)]),
    S("pieta", ["pieta"], [O("woman", 300, 150, 400, 600), O("nude", 150, 420, 650, 230)]),
    S("pieta_with_cross_behind", ["pieta"], [
        O("woman", 320, 180, 360, 560), O("nude", 170, 430, 620, 220), O("cross", 430, 0, 140, 420),
        O("halo", 440, 160, 110, 60)]),
    S("flight_into_egypt", ["flight"], [
        O("woman", 420, 150, 160, 260), O("donkey", 330, 300, 350, 280), O("child", 470, 230, 80, 100),
        O("person", 100, 200, 160, 480), O("staff", 80, 180, 40, 500), O("tree", 800, 0, 200, 600),
        O("angel", 750, 50, 150, 200)]),
    S("nativity_ox_and_ass", ["nativity"], [
        O("woman", 300, 300, 200, 350), O("child", 420, 560, 140, 80), O("person", 650, 250, 150, 420),
        O("cow", 50, 200, 250, 180), O("donkey", 780, 180, 220, 160)], ok=["madonna"]),
    S("adoration_of_the_shepherds", ["nativity"], [
        O("woman", 300, 280, 200, 380), O("child", 420, 560, 140, 80), O("shepherd", 600, 250, 150, 420),
        O("shepherd", 780, 280, 150, 400), O("sheep", 700, 620, 130, 100), O("cow", 40, 200, 240, 170)],
        ok=["madonna"]),
    # --- Saints -------------------------------------------------------------------------------
    S("jerome_in_study", ["jerome"], [
        O("person", 480, 180, 320, 480), O("saturno", 830, 460, 110, 50), O("book", 540, 400, 130, 90),
        O("skull", 770, 380, 70, 60), O("lion", 120, 500, 300, 220)]),
    S("jerome_penitent_with_lion", ["jerome"], [
        O("nude", 330, 240, 260, 460), O("stone", 560, 320, 55, 55), O("crucifixion", 730, 130, 90, 170),
        O("skull", 700, 610, 80, 60), O("lion", 60, 540, 260, 200)]),
    S("jerome_penitent_no_lion", ["jerome"], [
        O("nude", 300, 200, 280, 520), O("stone", 250, 330, 60, 60), O("crucifixion", 700, 150, 100, 200),
        O("skull", 650, 620, 70, 60), O("tree", 800, 0, 200, 600)]),
    S("sebastian_bound_to_tree", ["sebastian"], [
        O("nude", 420, 100, 180, 620), O("arrow", 470, 300, 90, 25), O("arrow", 510, 420, 85, 30),
        O("arrow", 430, 520, 70, 20), O("tree", 380, 0, 260, 800)]),
    S("sebastian_with_archers", ["sebastian"], [
        O("nude", 420, 120, 170, 600), O("arrow", 460, 320, 80, 25), O("arrow", 500, 450, 80, 25),
        O("person", 80, 300, 160, 420), O("bow", 60, 300, 80, 200), O("person", 780, 320, 160, 400),
        O("bow", 860, 320, 70, 190)]),
    S("catherine_crown_wheel_sword_palm_book", ["catherine"], [
        O("woman", 380, 120, 260, 640), O("crown", 460, 85, 100, 75), O("wheel", 220, 470, 240, 240),
        O("sword", 590, 300, 60, 380), O("palm", 410, 250, 80, 200), O("book", 480, 420, 100, 70)]),
    S("catherine_wheel_palm", ["catherine"], [
        O("woman", 300, 100, 300, 680), O("wheel", 560, 420, 260, 260), O("palm", 320, 260, 70, 220)]),
    S("barbara_tower_book_palm", ["barbara"], [
        O("woman", 380, 130, 240, 640), O("tower", 720, 90, 190, 520), O("book", 430, 400, 110, 80),
        O("palm", 560, 260, 70, 220)]),
    S("barbara_crowned_chalice_tower_in_hand", ["barbara"], [
        O("woman", 360, 120, 270, 660), O("crown", 440, 90, 100, 70), O("chalice", 420, 330, 80, 100),
        O("tower", 560, 300, 110, 220)]),
    S("margaret_crowned_cross_dragon", ["margaret"], [
        O("woman", 380, 100, 240, 600), O("crown", 450, 70, 90, 60), O("cross", 560, 200, 60, 200),
        O("dragon", 290, 580, 430, 200)]),
    S("margaret_emerging_from_dragon", ["margaret"], [
        O("dragon", 240, 300, 560, 460), O("woman", 420, 150, 200, 420), O("cross", 520, 160, 50, 120)]),
    S("peter_keys_book", ["peter"], [
        O("person", 380, 100, 260, 660), O("key of heaven", 440, 300, 80, 120), O("book", 560, 380, 90, 80),
        O("halo", 460, 80, 100, 60)]),
    S("paul_sword_book", ["paul"], [
        O("person", 380, 100, 260, 660), O("sword", 600, 150, 60, 560), O("book", 420, 350, 100, 90),
        O("halo", 460, 80, 100, 60)]),
    S("peter_and_paul", ["peter", "paul"], [
        O("person", 120, 100, 280, 680), O("key of heaven", 180, 320, 80, 120), O("book", 300, 380, 90, 80),
        O("person", 600, 100, 280, 680), O("sword", 820, 140, 60, 560), O("book", 640, 360, 100, 90)]),
    S("christopher_child_on_shoulder_staff", ["christopher"], [
        O("person", 350, 160, 300, 620), O("child", 420, 60, 120, 150), O("staff", 640, 90, 50, 680),
        O("halo", 450, 40, 60, 40)]),
    S("christopher_tree_staff_boat", ["christopher"], [
        O("person", 300, 150, 330, 640), O("child", 380, 70, 130, 170), O("tree", 600, 60, 80, 720),
        O("boat", 700, 600, 250, 150)]),
    S("martin_cloak_nude_beggar", ["martin"], [
        O("knight", 420, 110, 180, 300), O("horse", 300, 260, 420, 380), O("sword", 520, 250, 160, 50),
        O("nude", 100, 300, 170, 460)]),
    S("martin_cloak_clothed_beggar", ["martin"], [
        O("person", 420, 120, 170, 300), O("horse", 310, 270, 410, 370), O("sword", 480, 300, 200, 40),
        O("person", 760, 260, 150, 480)]),
    S("eustace_knight_lance_stag", ["eustace"], [
        O("knight", 150, 240, 200, 300), O("horse", 80, 380, 380, 320), O("lance", 180, 150, 60, 400),
        O("deer", 600, 350, 260, 300), O("crucifixion", 680, 250, 90, 120), O("dog", 450, 620, 150, 100)]),
    S("hubert_kneeling_hunter_stag", ["hubert"], [
        O("person", 200, 350, 180, 300), O("horse", 0, 320, 260, 300), O("deer", 600, 330, 260, 300),
        O("crucifixion", 680, 230, 90, 120), O("dog", 420, 600, 140, 100), O("horn", 340, 420, 60, 50)]),
    S("roch_pilgrim_dog_angel", ["roch"], [
        O("person", 380, 100, 240, 640), O("staff", 360, 80, 40, 650), O("shell", 470, 130, 40, 40),
        O("dog", 620, 560, 180, 160), O("angel", 100, 150, 200, 400)]),
    S("mystic_marriage_of_catherine", ["madonna", "catherine"], [
        O("woman", 150, 150, 330, 600), O("child", 330, 330, 150, 200), O("woman", 520, 230, 280, 500),
        O("crown", 600, 205, 90, 55), O("wheel", 800, 560, 180, 180), O("palm", 560, 400, 60, 200)]),
    S("sacra_conversazione_peter_catherine_jerome_sebastian",
      ["madonna", "peter", "catherine", "jerome", "sebastian"], [
        O("woman", 400, 150, 220, 450), O("child", 460, 320, 110, 140), O("halo", 470, 130, 80, 50),
        O("person", 120, 200, 180, 560), O("key of heaven", 160, 400, 70, 100),
        O("woman", 720, 220, 170, 540), O("crown", 760, 195, 80, 55), O("wheel", 860, 560, 140, 180),
        O("person", 250, 330, 150, 450), O("lion", 200, 680, 180, 120), O("book", 270, 460, 80, 60),
        O("nude", 620, 250, 120, 520), O("arrow", 640, 380, 70, 20), O("arrow", 650, 500, 70, 20)]),
    S("sacra_conversazione_paul_baptist_francis",
      ["madonna", "paul", "baptist", "francis"], [
        O("woman", 400, 150, 220, 450), O("child", 460, 320, 110, 140),
        O("person", 100, 180, 180, 580), O("sword", 230, 250, 50, 480), O("book", 130, 400, 80, 70),
        O("person", 280, 250, 140, 500), O("cross", 300, 200, 30, 300), O("lamb", 300, 680, 110, 90),
        O("monk", 640, 240, 150, 500), O("book", 660, 420, 70, 60), O("crucifixion", 720, 330, 50, 90),
        O("angel", 440, 650, 100, 130)]),
    S("crowned_catherine_with_angel_bringing_palm", ["catherine"], [
        O("woman", 380, 160, 250, 600), O("crown", 450, 110, 110, 90), O("wheel", 220, 520, 220, 220),
        O("angel", 680, 60, 200, 300), O("palm", 650, 180, 60, 160)]),
    # --- Old Testament ------------------------------------------------------------------------
    S("judith_with_maid", ["judith"], [
        O("woman", 380, 100, 260, 650), O("sword", 600, 80, 70, 420), O("head", 240, 420, 160, 160),
        O("woman", 90, 260, 200, 480)]),
    S("isaac_angel_calling_from_apart", ["isaac"], [
        O("person", 450, 100, 260, 600), O("knife", 560, 60, 60, 140), O("nude", 330, 470, 240, 200),
        O("angel", 80, 40, 260, 360), O("sheep", 780, 600, 150, 120)]),
    S("isaac_angel_stays_abrahams_arm", ["isaac"], [
        O("person", 420, 160, 260, 570), O("knife", 600, 70, 50, 130), O("angel", 520, 10, 260, 250),
        O("nude", 300, 500, 250, 200), O("sheep", 800, 620, 150, 120)],
        note="the angel's box holds the raised knife and Abraham's hand"),
    S("tobias_and_the_angel", ["tobias"], [
        O("child", 400, 300, 150, 380), O("fish", 450, 450, 130, 50), O("angel", 200, 150, 220, 550),
        O("dog", 600, 600, 130, 100)]),
    S("daniel_in_lions_den", ["daniel"], [
        O("person", 420, 250, 160, 420), O("lion", 100, 450, 250, 200), O("lion", 650, 450, 250, 200),
        O("lion", 380, 620, 220, 170)]),
    S("david_with_goliaths_head", ["david"], [
        O("person", 350, 150, 200, 550), O("sword", 480, 200, 50, 400), O("head", 300, 600, 160, 150),
        O("sling", 360, 350, 60, 120)]),
    S("fall_of_man", ["fall"], [
        O("nude", 150, 200, 200, 550), O("nude", 650, 200, 200, 550), O("tree", 380, 0, 240, 780),
        O("serpent", 430, 150, 120, 300), O("apple", 600, 330, 40, 40)]),
    # --- Mythology ----------------------------------------------------------------------------
    S("perseus_andromeda_on_foot", ["perseus"], [
        O("person", 150, 200, 200, 450), O("sword", 300, 150, 60, 250), O("shield", 140, 300, 100, 120),
        O("nude", 700, 150, 160, 450), O("dragon", 400, 450, 400, 300)]),
    S("perseus_on_pegasus", ["perseus"], [
        O("knight", 300, 80, 180, 240), O("pegasus", 200, 200, 420, 300), O("sword", 430, 40, 60, 180),
        O("nude", 780, 200, 150, 420), O("dragon", 450, 500, 450, 280)]),
    S("bellerophon_on_pegasus", ["bellerophon"], [
        O("person", 380, 60, 170, 230), O("pegasus", 260, 170, 430, 300), O("lance", 230, 200, 250, 350),
        O("dragon", 150, 520, 400, 250)]),
    S("leda_and_the_swan", ["leda"], [
        O("nude", 350, 200, 300, 500), O("swan", 450, 300, 200, 200), O("child", 100, 600, 120, 120),
        O("child", 230, 620, 120, 120)]),
    S("europa_on_the_bull", ["europa"], [
        O("woman", 420, 200, 200, 300), O("cow", 300, 380, 450, 280), O("woman", 50, 400, 150, 350),
        O("woman", 180, 420, 150, 330)]),
    S("ganymede_carried_by_eagle", ["ganymede"], [
        O("eagle", 350, 80, 350, 250), O("nude", 420, 200, 200, 350)]),
    # --- Non-subjects and near-misses ---------------------------------------------------------
    S("expulsion_from_paradise", [], [
        O("angel", 300, 50, 250, 350), O("sword", 480, 30, 60, 250), O("nude", 450, 350, 180, 420),
        O("nude", 620, 360, 170, 410)]),
    S("agony_in_the_garden", [], [
        O("person", 400, 250, 200, 300), O("angel", 650, 50, 180, 200), O("chalice", 700, 120, 60, 80),
        O("person", 100, 550, 200, 150), O("person", 320, 600, 200, 150), O("person", 560, 580, 220, 160),
        O("sword", 150, 560, 150, 40), O("tree", 0, 0, 200, 500), O("tree", 800, 200, 200, 500)]),
    S("equestrian_portrait_with_page", [], [
        O("knight", 400, 100, 200, 300), O("horse", 280, 250, 450, 400), O("sword", 470, 280, 40, 150),
        O("person", 100, 350, 150, 400), O("helmet", 150, 380, 80, 70)]),
    S("battle_cavalry_and_foot", [], [
        O("knight", 150, 100, 160, 260), O("horse", 60, 220, 330, 300), O("sword", 270, 50, 50, 200),
        O("knight", 600, 120, 160, 260), O("horse", 520, 240, 330, 300), O("lance", 400, 150, 280, 150),
        O("person", 400, 520, 150, 260), O("person", 700, 560, 200, 200), O("shield", 430, 560, 80, 100),
        O("sword", 520, 540, 80, 40)]),
    S("stag_hunt_rider_with_spear", [], [
        O("person", 300, 150, 160, 250), O("horse", 200, 260, 380, 300), O("lance", 420, 250, 300, 120),
        O("deer", 680, 380, 250, 250), O("dog", 500, 600, 150, 100), O("dog", 650, 620, 140, 100),
        O("person", 80, 400, 130, 350), O("horn", 100, 420, 50, 40), O("tree", 850, 0, 150, 500)]),
    S("stag_hunt_rider_with_sword", [], [
        O("person", 320, 130, 160, 260), O("horse", 220, 250, 380, 300), O("sword", 430, 180, 120, 40),
        O("deer", 700, 400, 250, 240), O("dog", 560, 620, 140, 100), O("person", 60, 420, 130, 330)]),
    S("vanitas_still_life", [], [
        O("skull", 400, 400, 150, 130), O("book", 600, 420, 200, 100), O("candle", 300, 250, 40, 220)]),
    S("young_man_holding_skull", [], [
        O("person", 100, 100, 320, 650), O("skull", 330, 380, 120, 110), O("book", 500, 500, 200, 90)]),
    S("pastoral_shepherd_sheep_dog", [], [
        O("shepherd", 300, 250, 150, 400), O("staff", 280, 230, 30, 420), O("sheep", 380, 560, 160, 120),
        O("sheep", 560, 600, 160, 110), O("sheep", 720, 580, 150, 110), O("dog", 150, 600, 130, 100),
        O("tree", 700, 0, 260, 550)]),
    S("shepherdess_with_crook_and_lamb", [], [
        O("woman", 350, 200, 180, 480), O("staff", 330, 180, 30, 500), O("lamb", 460, 520, 120, 100),
        O("sheep", 650, 600, 160, 110), O("tree", 750, 0, 250, 600)]),
    S("annunciation_to_the_shepherds", [], [
        O("angel", 450, 40, 200, 180), O("shepherd", 250, 300, 160, 400), O("shepherd", 600, 320, 160, 380),
        O("sheep", 330, 620, 150, 110), O("sheep", 500, 650, 150, 110), O("dog", 800, 640, 120, 90)]),
    S("genre_mother_and_child", [], [
        O("woman", 350, 200, 300, 550), O("child", 420, 400, 150, 250), O("dog", 700, 600, 150, 120),
        O("jug", 750, 300, 60, 80)]),
    S("lady_reading_before_castle", [], [
        O("woman", 400, 300, 150, 400), O("book", 430, 420, 80, 60), O("tower", 700, 100, 150, 350),
        O("tree", 100, 0, 250, 600), O("tree", 880, 200, 120, 500)]),
    S("woman_before_castle_in_landscape", [], [
        O("woman", 420, 320, 140, 380), O("tower", 680, 80, 170, 380), O("tree", 100, 0, 250, 600),
        O("dog", 600, 620, 120, 90)]),
    S("crowned_virgin_martyr_with_angel_no_attribute", [], [
        O("woman", 400, 160, 230, 600), O("crown", 465, 115, 100, 85), O("palm", 420, 300, 60, 200),
        O("book", 500, 420, 90, 70), O("angel", 100, 80, 200, 320)]),
    S("salome_with_the_baptists_head", [], [
        O("woman", 350, 150, 250, 620), O("dish", 420, 380, 160, 100), O("head", 440, 330, 120, 110),
        O("person", 700, 150, 200, 600), O("sword", 780, 300, 60, 350)]),
    S("venus_and_cupid_in_landscape", [], [
        O("nude", 150, 200, 380, 500), O("child", 560, 300, 150, 260), O("arrow", 600, 330, 120, 20),
        O("bow", 560, 280, 60, 200), O("tree", 750, 0, 250, 700)]),
    S("diana_the_huntress", [], [
        O("woman", 400, 150, 200, 550), O("bow", 380, 200, 60, 300), O("arrow", 520, 250, 120, 25),
        O("arrow", 560, 300, 30, 150), O("dog", 650, 550, 150, 120), O("deer", 800, 500, 180, 200),
        O("tree", 0, 0, 250, 700)]),
]


def confidence(scene: str, i: int, label: str) -> float:
    """A deterministic detector confidence in [0.75, 0.95] (never the cause of a miss: the
    lowest rule weight, 0.7, times 0.75 is above the 0.5 threshold)."""
    h = int(hashlib.sha1(f"{scene}|{i}|{label}".encode()).hexdigest(), 16)
    return 0.75 + (h % 21) / 100


def main(argv: list[str] | None = None) -> None:
    import argparse

    from kg import ontology as ontology_mod
    from kg import rules as rules_mod
    from kg.model import Box
    from kg.reasoning import attribute_scene
    from vision import scene as scene_mod
    from vision.annotations import make_detection

    parser = argparse.ArgumentParser(prog="python -m bench.scenes", description=__doc__.split("\n")[0])
    parser.add_argument("--json", dest="out_json", help="Also write each scene's result to this JSON file.")
    parser.add_argument("--relations", action="store_true", help="Print each scene's main relations.")
    parser.add_argument("--heldout", action="store_true",
                        help="Run the held-out scenes of bench/scenes_heldout.py (written blind) instead.")
    parser.add_argument("--heldout2", action="store_true",
                        help="Run the second blind held-out set, bench/scenes_heldout2.py, instead.")
    parser.add_argument("--heldout3", action="store_true",
                        help="Run the third blind held-out set, bench/scenes_heldout3.py, instead.")
    parser.add_argument("--heldout4", action="store_true",
                        help="Run the fourth blind held-out set, bench/scenes_heldout4.py, instead.")
    parser.add_argument("--heldout5", action="store_true",
                        help="Run the fifth blind held-out set, bench/scenes_heldout5.py, instead.")
    args = parser.parse_args(argv)
    if args.heldout:
        from .scenes_heldout import SCENES as scenes
    elif args.heldout2:
        from .scenes_heldout2 import SCENES as scenes
    elif args.heldout3:
        from .scenes_heldout3 import SCENES as scenes
    elif args.heldout4:
        from .scenes_heldout4 import SCENES as scenes
    elif args.heldout5:
        from .scenes_heldout5 import SCENES as scenes
    else:
        scenes = SCENES
    onto = ontology_mod.load()
    ruleset = rules_mod.load(None, onto)
    rule_subject = {r.id: NAME_OF.get(r.notation, r.notation) for r in ruleset.rules}
    print(f"{len(ruleset.rules)} rules, {len(scenes)} scenes\n")

    n_right = n_false = n_missed = n_candidates = 0
    results = {}
    for sc in scenes:
        dets = []
        for i, (label, x, y, w, h, conf) in enumerate(sc["objects"]):
            dets.append(make_detection(sc["name"], label, Box(x, y, w, h),
                                       conf if conf is not None else confidence(sc["name"], i, label)))
        assert len({d.key for d in dets}) == len(dets), f"duplicate detection in {sc['name']}"
        rels = scene_mod.relations(dets, onto)
        atts = attribute_scene(dets, rels, ruleset.rules, onto, artwork=sc["name"])
        asserted = sorted(a.rule for a in atts if a.asserted)
        candidates = sorted(f"{a.rule}:{a.confidence:.2f}" for a in atts if not a.asserted)
        got = {rule_subject[r] for r in asserted}
        false = sorted(got - sc["expect"] - sc["ok"])
        missed = sorted(sc["expect"] - got)
        right = not false and not missed
        n_right += right
        n_false += len(false)
        n_missed += len(missed)
        n_candidates += len(set(missed) & {rule_subject[a.rule] for a in atts if not a.asserted})
        results[sc["name"]] = {"rules": asserted, "subjects": sorted(got), "false": false,
                               "missed": missed, "right": right, "candidates": candidates}
        flag = "OK   " if right else "WRONG"
        extra = "".join([f"  FALSE={false}" if false else "", f"  MISSED={missed}" if missed else ""])
        print(f"{flag} {sc['name']}: rules={asserted} expect={sorted(sc['expect'])}{extra}")
        if candidates:
            print(f"        below threshold: {candidates}")
        if args.relations:
            names = {d.key: f"{d.label}#{i}" for i, d in enumerate(dets)}
            for r in rels:
                if r.predicate in ("rides", "holds", "wears", "tramples", "overlaps", "above"):
                    print(f"        {names[r.subject]} {r.predicate} {names[r.object]}")

    print(f"\nTOTAL scenes fully right: {n_right}/{len(scenes)}; false attributions: {n_false}; "
          f"missed expected subjects: {n_missed} ({n_candidates} of them kept as candidates, "
          "below the assertion threshold)")
    if args.out_json:
        Path(args.out_json).write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
