"""Fourth held-out set of painting scenes for Iconograph's subject attribution, written blind.

75 scenes, each imitating a real, named painting (artist, title, museum and approximate date in
its note), none of them one named in bench/scenes.py, bench/scenes_heldout.py,
bench/scenes_heldout2.py or bench/scenes_heldout3.py. Written without reading
ontologies/rules/*.yaml, kg/reasoning.py, kg/rules.py, vision/scene.py, the rule and scene
sections of README.md or the expectations of the other scene lists, and without running anything
on them before they were committed. Sources used: the module docstring and first lines of
bench/scenes_heldout3.py (format), the definitions of S, O and SUBJECT in bench/scenes.py, the
output of ``python -m kg rules list`` (which subjects have a rule) and the ``ico:detectorLabel``
lines of ontologies/iconograph.ttl (which labels a detector can give); the notes of the other
lists were read only for the painting names, to avoid repeats.

Expectations come from the iconography of each painting, not from what a rule would need. A
saint who is a principal figure of the painting is expected even where the painter left out the
attribute a rule may look for (Caravaggio's Magdalene has a glass flask rather than a jar,
Carpaccio's sleeping Ursula no arrow, Rembrandt as Paul shows only a sword hilt, the Osservanza
Master's Antony Abbot no pig, Fra Angelico's Lawrence no gridiron, the Dresden Triptych's
Michael no dragon); secondary figures recognisable only from context or standing at the edge of
a crowd (the kneeling Jerome and Magdalene of the Mond Crucifixion, the saints below Fra
Angelico's Coronation, the Madonna of Saint Roch's vision, Antony of Padua behind Francis in the
Pesaro Madonna) are tolerated in ``ok``, not expected. Subjects without a rule (the Conversion
of Paul, the Tribute Money, Orpheus and Eurydice, Saint Justina, the Virgin and Child with Saint
Anne, the Lamentation, Noli me tangere, the Presentation in the Temple, the Rest on the Flight,
Saint Eligius ...) are expected nowhere; where one closely resembles a subject with a rule (Noli
me tangere / the Magdalene, the Lamentation / the Pieta, the Rest on the Flight / the Flight, a
virgin martyr with a unicorn / the virgin and the unicorn, Orpheus among the nymphs / Orpheus
charming the animals) the neighbour is tolerated in ``ok``.

52 scenes expect at least one subject with a rule (George mounted and small in a forest, Michael
with sword and shield and as a standing knight, Margaret, nine multi-saint altarpieces,
triptychs or conversazioni, less common saints: Bartholomew, Agatha, Ursula, Antony Abbot,
Dominic, Laurence, Christopher, Roch, Martin, Augustine, Hubert; Christ, Mary, the Old Testament
and mythology); 23 are near misses or subjects without a rule where nothing (or only a tolerated
``ok`` subject) should be attributed: equestrian portraits, a knight in armour, a lady with a
lap dog, a ruler with his dog, a battle, a hunt with a crocodile under the riders' spears, a
landscape, a still life, a genre scene, a history painting, mythologies that share horses, nudes
and dogs with subjects that have a rule.

Format as bench/scenes_heldout3.py: ``SCENES`` is a list of dicts {name, expect, ok, objects,
note}; ``objects`` are (label, x, y, w, h, conf) with (x, y) the top-left corner in pixels of an
image whose size WxH is the first thing in each note (several panels of a triptych or altarpiece
are laid side by side). The detector is imagined as DEArt-like: women, children and most saints
are "person" or "nude", a putto "child" or "angel"; the ontology's added labels (wheel, tower,
staff, dish, pincers, golden balls, scales ...) appear where a detector trained on them would
give them, not always; confidences 0.30-0.95; some noise (a missed attribute, a spurious low
box, a mislabel such as a fox read as a dog or a crocodile as a dragon, a second label on one
object).

Run ``python -m bench.scenes --heldout4``.
First scored at the commit that wired it in (71 rules, threshold 0.45), before any change it
could guide: 29 of 75 fully right (all 23 near misses, 6 of the 52 scenes with a subject), no
false attribution, 62 of 73 expected subjects missed (30 of them kept as candidates below the
assertion threshold). Its attributes were given lower confidences than the third set's
(median 0.42 vs 0.47), which the weakest-evidence confidence feels directly.
"""
from __future__ import annotations

from .scenes import O, S

SCENES = [
    # ====================== scenes with a subject that has a rule (52) ======================
    # --- Saint George, Michael, Margaret -----------------------------------------------------
    S("h4_george_rogier_washington", ["george"], [
        O("horse", 140, 380, 470, 430, 0.86), O("knight", 250, 250, 260, 380, 0.78),
        O("helmet", 300, 250, 70, 60, 0.41), O("lance", 80, 400, 300, 330, 0.52),
        O("dragon", 40, 700, 300, 240, 0.69), O("person", 560, 560, 140, 260, 0.61),
        O("tower", 430, 80, 90, 150, 0.33)],
        note="730x1000. Rogier van der Weyden, Saint George and the Dragon (c.1432-35), National "
             "Gallery of Art Washington, a tiny panel: George in armour on a rearing white horse "
             "thrusts his lance down into the dragon's jaws at lower left; the princess kneels "
             "at the right; a walled town and castle on a hill behind (the castle read as a "
             "tower)"),
    S("h4_george_altdorfer_munich", ["george"], [
        O("tree", 0, 0, 800, 760, 0.58), O("horse", 130, 760, 190, 170, 0.62),
        O("knight", 190, 700, 90, 170, 0.48), O("dragon", 430, 840, 150, 110, 0.41),
        O("bird", 520, 120, 40, 30, 0.31)],
        note="800x1000. Albrecht Altdorfer, Saint George and the Dragon (1510), Alte Pinakothek "
             "Munich: a dense beech forest fills nearly the whole panel; small at lower left "
             "George on his white horse faces the dragon at lower right, a glimpse of distant "
             "landscape beside it; the lance not picked out"),
    S("h4_michael_raphael_small_louvre", ["michael"], [
        O("angel", 230, 90, 380, 660, 0.82), O("knight", 250, 120, 330, 600, 0.36),
        O("sword", 470, 60, 140, 220, 0.58), O("shield", 210, 300, 150, 170, 0.52),
        O("dragon", 200, 700, 400, 200, 0.64), O("devil", 560, 760, 150, 140, 0.38),
        O("serpent", 40, 820, 120, 90, 0.33)],
        note="770x1000. Raphael, Saint Michael (the small Saint Michael, c.1503-05), Louvre: the "
             "winged archangel in armour swings his sword, shield on his left arm, one foot on "
             "the dragon; hybrid monsters crawl about below, a burning city and the hypocrites "
             "in lead cloaks behind"),
    S("h4_certosa_perugino_london", ["michael", "tobias"], [
        O("angel", 60, 80, 220, 580, 0.74), O("knight", 80, 140, 180, 400, 0.45),
        O("shield", 180, 380, 110, 150, 0.49), O("scales", 10, 250, 90, 100, 0.44),
        O("sword", 130, 260, 40, 220, 0.39),
        O("person", 400, 180, 210, 470, 0.77), O("child", 430, 540, 140, 90, 0.61),
        O("angel", 560, 300, 110, 380, 0.58), O("angel", 430, 40, 120, 110, 0.46),
        O("angel", 700, 110, 180, 560, 0.8), O("person", 850, 320, 130, 350, 0.66),
        O("fish", 880, 470, 80, 60, 0.52)],
        ok=["madonna", "nativity"],
        note="1000x700. Pietro Perugino, the three lower panels of the Certosa di Pavia "
             "Altarpiece side by side (c.1496-1500), National Gallery London: left the "
             "archangel Michael in armour with his shield, the scales hanging beside him; "
             "centre the Virgin kneeling in adoration before the Child held up by an angel, "
             "angels in the sky; right the archangel Raphael leading the young Tobias, who "
             "carries the fish"),
    S("h4_margaret_raphael_vienna", ["margaret"], [
        O("person", 150, 120, 360, 820, 0.83), O("palm", 380, 160, 110, 300, 0.46),
        O("dragon", 0, 650, 420, 330, 0.58)],
        note="640x1000. Raphael and workshop, Saint Margaret (1518), Kunsthistorisches Museum "
             "Vienna: the young saint steps forward out of the dark, a palm in her hand, the "
             "dragon gaping in the shadow below and behind her as she passes over it"),
    # --- altarpieces and sacre conversazioni -------------------------------------------------
    S("h4_donne_memling_london", ["madonna", "catherine", "barbara", "baptist", "evangelist"], [
        O("person", 40, 90, 160, 420, 0.78), O("lamb", 50, 350, 90, 70, 0.55),
        O("person", 420, 80, 170, 340, 0.8), O("child", 460, 210, 90, 100, 0.72),
        O("angel", 340, 120, 90, 200, 0.61), O("angel", 600, 130, 90, 190, 0.63),
        O("apple", 615, 230, 25, 25, 0.31),
        O("person", 260, 210, 130, 300, 0.72), O("wheel", 260, 410, 80, 90, 0.46),
        O("sword", 300, 380, 60, 120, 0.35), O("book", 330, 310, 60, 45, 0.33),
        O("person", 330, 300, 110, 220, 0.67),
        O("person", 640, 200, 120, 310, 0.74), O("tower", 720, 380, 50, 110, 0.41),
        O("person", 560, 320, 90, 190, 0.62), O("child", 530, 360, 50, 130, 0.44),
        O("person", 800, 90, 160, 420, 0.77), O("chalice", 850, 210, 40, 50, 0.39)],
        note="1000x550. Hans Memling, the Donne Triptych (c.1478), National Gallery London, "
             "open: centre the Virgin enthroned with the Child, an angel musician and an angel "
             "offering an apple, Saint Catherine with her wheel and sword presenting Sir John "
             "Donne at left, Saint Barbara with her little tower presenting Lady Donne and their "
             "daughter at right; left wing John the Baptist with the lamb, right wing John the "
             "Evangelist blessing the chalice"),
    S("h4_st_lucy_altarpiece_veneziano", ["madonna", "francis", "baptist", "lucy"], [
        O("person", 390, 260, 230, 520, 0.79), O("child", 450, 420, 90, 150, 0.65),
        O("monk", 60, 330, 160, 600, 0.66), O("person", 210, 300, 170, 640, 0.72),
        O("cross", 300, 260, 30, 400, 0.37),
        O("person", 620, 310, 190, 630, 0.73), O("mitre", 680, 300, 70, 90, 0.62),
        O("crozier", 790, 250, 50, 500, 0.42),
        O("person", 810, 340, 150, 600, 0.68), O("palm", 880, 380, 60, 200, 0.38),
        O("dish", 830, 560, 70, 35, 0.36)],
        note="1000x970. Domenico Veneziano, Saint Lucy Altarpiece (Magnoli Altarpiece, c.1445), "
             "Uffizi: the Madonna enthroned with the Child under a shell niche in a pastel loggia; "
             "left Saint Francis reading and John the Baptist looking out, pointing, with his "
             "reed cross; right Saint Zenobius in mitre and cope with his crozier and Saint Lucy "
             "with her palm and the dish with her eyes"),
    S("h4_brera_altarpiece_piero", ["madonna", "baptist", "jerome", "francis"], [
        O("person", 250, 430, 190, 370, 0.82), O("child", 240, 600, 210, 90, 0.64),
        O("angel", 200, 330, 80, 170, 0.55), O("angel", 420, 330, 80, 160, 0.52),
        O("person", 60, 380, 130, 600, 0.7), O("monk", 150, 390, 100, 540, 0.48),
        O("person", 100, 440, 120, 500, 0.5), O("stone", 180, 560, 40, 40, 0.3),
        O("monk", 460, 410, 110, 520, 0.57), O("monk", 520, 390, 90, 520, 0.45),
        O("person", 560, 380, 120, 590, 0.6), O("book", 590, 560, 60, 70, 0.42),
        O("knight", 440, 700, 220, 290, 0.76), O("helmet", 600, 930, 80, 60, 0.5)],
        ok=["evangelist", "andrew"],
        note="690x1000. Piero della Francesca, the Brera Altarpiece (Montefeltro Altarpiece, "
             "1472-74), Pinacoteca di Brera Milan: the Virgin seated, hands joined, the Child "
             "asleep across her lap, four angels behind, an egg hanging from the shell of the "
             "apse; left John the Baptist, Bernardino and Jerome beating his breast with a "
             "stone; right Francis showing his wound, Peter Martyr and John the Evangelist (or "
             "Andrew) with a book; Federico da Montefeltro kneels in armour at right, his helmet "
             "on the floor"),
    S("h4_ansidei_raphael_london", ["madonna", "baptist", "nicholas"], [
        O("person", 180, 260, 200, 430, 0.8), O("child", 220, 420, 100, 150, 0.66),
        O("book", 300, 380, 70, 60, 0.41),
        O("person", 30, 380, 150, 570, 0.73), O("cross", 120, 220, 30, 330, 0.4),
        O("person", 380, 380, 160, 570, 0.75), O("mitre", 420, 380, 60, 70, 0.55),
        O("crozier", 500, 300, 40, 600, 0.47), O("golden balls", 430, 880, 70, 40, 0.35),
        O("book", 420, 480, 70, 60, 0.38)],
        note="555x1000. Raphael, the Ansidei Madonna (1505), National Gallery London: the Virgin "
             "on a high throne under an arch reads a book, the Child on her lap; left John the "
             "Baptist looking up, his crystal cross staff; right Saint Nicholas of Bari in mitre "
             "and cope reading, his crozier, the three golden balls at his feet"),
    S("h4_pesaro_madonna_titian", ["madonna", "peter", "francis"], [
        O("person", 300, 320, 170, 300, 0.8), O("child", 380, 300, 80, 110, 0.66),
        O("person", 160, 420, 150, 300, 0.69), O("book", 190, 530, 60, 40, 0.37),
        O("keys", 250, 700, 60, 40, 0.44),
        O("monk", 400, 430, 110, 260, 0.58), O("monk", 480, 470, 80, 220, 0.41),
        O("banner", 40, 200, 180, 250, 0.62), O("knight", 50, 380, 110, 270, 0.54),
        O("person", 60, 600, 150, 200, 0.6), O("person", 20, 430, 70, 200, 0.35),
        O("person", 360, 680, 200, 300, 0.62), O("child", 420, 830, 60, 110, 0.46),
        O("angel", 170, 40, 160, 120, 0.55), O("cross", 200, 30, 110, 140, 0.48)],
        ok=["antony-padua"],
        note="560x1000. Titian, the Pesaro Madonna (1519-26), Santa Maria Gloriosa dei Frari "
             "Venice: the Virgin high at right on a stepped throne before two great columns, "
             "the Child turning to Saint Francis, Antony of Padua behind him; Saint Peter on "
             "the steps with his book, his key lying on the step; Jacopo Pesaro kneels at left "
             "below a soldier with the papal banner and a Turkish captive; the Pesaro family "
             "kneels at lower right; putti carry the cross on a cloud above"),
    S("h4_dresden_triptych_van_eyck", ["madonna", "michael", "catherine"], [
        O("angel", 40, 100, 160, 440, 0.67), O("knight", 50, 140, 140, 350, 0.42),
        O("person", 120, 330, 110, 220, 0.63),
        O("person", 390, 160, 220, 360, 0.81), O("child", 470, 230, 70, 90, 0.58),
        O("scroll", 500, 290, 50, 30, 0.3),
        O("person", 790, 110, 170, 440, 0.74), O("crown", 840, 110, 60, 40, 0.43),
        O("sword", 900, 260, 40, 200, 0.5), O("wheel", 760, 460, 90, 100, 0.51),
        O("book", 820, 280, 60, 50, 0.35)],
        note="1000x600. Jan van Eyck, the Dresden Triptych (1437), Gemaldegalerie Alte Meister "
             "Dresden, open: centre the Virgin enthroned in a church nave with the Child holding "
             "a scroll; left wing the archangel Michael in armour presenting the kneeling donor "
             "(no dragon); right wing Saint Catherine crowned, reading, her sword in hand and the "
             "broken wheel at her feet"),
    # --- saints -----------------------------------------------------------------------------
    S("h4_baptist_ram_caravaggio", ["baptist"], [
        O("nude", 150, 130, 700, 560, 0.84), O("sheep", 570, 80, 320, 330, 0.62),
        O("lamb", 600, 100, 280, 280, 0.36)],
        note="1000x730. Caravaggio, Saint John the Baptist (Youth with a Ram, 1602), Capitoline "
             "Museums Rome: the naked youth reclines on red and white cloth, twisting to laugh "
             "at the viewer, an arm round the neck of a horned ram at right; vine leaves"),
    S("h4_bartholomew_ribera_prado", ["bartholomew"], [
        O("nude", 260, 150, 430, 560, 0.81), O("person", 560, 250, 300, 580, 0.7),
        O("person", 100, 560, 250, 400, 0.62), O("person", 650, 620, 250, 360, 0.48),
        O("head", 20, 820, 150, 150, 0.32)],
        note="1000x1000. Jusepe de Ribera, The Martyrdom of Saint Bartholomew (1634?), Prado: the "
             "half-naked apostle, arms spread, is hoisted onto a beam by executioners hauling on "
             "ropes; onlookers at left and right below; no knife in sight"),
    S("h4_sebastian_perugino_louvre", ["sebastian"], [
        O("nude", 200, 150, 260, 780, 0.86), O("arrow", 300, 260, 60, 40, 0.36),
        O("arrow", 310, 520, 60, 40, 0.4), O("halo", 270, 130, 100, 40, 0.4)],
        note="660x1000. Pietro Perugino, Saint Sebastian (c.1490-1500), Louvre: the nearly naked "
             "saint bound to a column under an arcade, looking up, one arrow in his neck and one "
             "in his side; a landscape through the arches"),
    S("h4_paul_rembrandt_self_portrait", ["paul"], [
        O("person", 80, 120, 720, 880, 0.87), O("sword", 300, 560, 90, 160, 0.44),
        O("book", 230, 700, 300, 200, 0.55)],
        note="850x1000. Rembrandt, Self-Portrait as the Apostle Paul (1661), Rijksmuseum: half-"
             "length, turbaned, eyebrows raised, holding a sheaf of manuscript; the hilt of a "
             "sword shows from his cloak at his chest"),
    S("h4_evangelist_patmos_burgkmair", ["evangelist"], [
        O("person", 120, 520, 290, 400, 0.78), O("eagle", 380, 700, 140, 130, 0.58),
        O("book", 180, 700, 120, 80, 0.45), O("pen", 210, 660, 40, 50, 0.3),
        O("person", 540, 60, 200, 260, 0.55), O("child", 600, 120, 70, 80, 0.41),
        O("tree", 400, 150, 200, 550, 0.47), O("palm", 430, 160, 150, 200, 0.31),
        O("bird", 620, 500, 60, 50, 0.33)],
        ok=["madonna"],
        note="830x1000. Hans Burgkmair the Elder, Saint John on Patmos (centre of the Saint John "
             "Altarpiece, 1518), Alte Pinakothek Munich: John sits at lower left writing, his "
             "eagle beside him, in a lush exotic landscape with palm trees and birds; the Woman "
             "of the Apocalypse with the Child appears in the sky at upper right (the palm tree's "
             "crown read as a palm)"),
    S("h4_magdalene_caravaggio_doria", ["magdalene"], [
        O("person", 180, 220, 450, 650, 0.85), O("ointment jar", 120, 740, 80, 130, 0.47),
        O("jug", 120, 740, 80, 130, 0.34)],
        note="800x1000. Caravaggio, Penitent Magdalene (c.1594-96), Galleria Doria Pamphilj Rome: "
             "a young woman in a rich dress sits on a low chair, head bowed, hands in her lap; a "
             "glass flask of oil and her cast-off pearls and jewels on the floor beside her"),
    S("h4_agatha_sebastiano_pitti", ["agatha"], [
        O("nude", 330, 140, 230, 470, 0.82), O("person", 110, 170, 230, 520, 0.7),
        O("pincers", 270, 300, 80, 50, 0.45), O("person", 520, 150, 210, 530, 0.68),
        O("tongs", 500, 320, 70, 40, 0.38), O("person", 760, 160, 200, 460, 0.61),
        O("person", 620, 80, 90, 170, 0.4)],
        note="1000x710. Sebastiano del Piombo, The Martyrdom of Saint Agatha (1520), Palazzo "
             "Pitti Florence: the saint, stripped to the waist and bound, between two torturers "
             "who close pincers on her breasts; the prefect Quintianus enthroned at right; "
             "soldiers and classical architecture behind"),
    S("h4_ursula_dream_carpaccio", ["ursula"], [
        O("person", 600, 470, 330, 150, 0.6), O("angel", 40, 360, 180, 450, 0.66),
        O("palm", 160, 400, 70, 110, 0.35), O("crown", 740, 680, 50, 40, 0.32),
        O("book", 420, 460, 50, 40, 0.3)],
        note="1000x975. Vittore Carpaccio, The Dream of Saint Ursula (1495), Gallerie "
             "dell'Accademia Venice: a calm bedroom; Ursula asleep in a canopied bed at right, "
             "her crown at the foot of the bed; the angel enters at the door at left bearing the "
             "palm of her martyrdom; a book on the table, plants at the windows"),
    S("h4_mystic_marriage_correggio_louvre", ["madonna", "catherine", "sebastian"], [
        O("person", 80, 80, 450, 620, 0.82), O("child", 300, 400, 220, 300, 0.74),
        O("person", 480, 430, 480, 520, 0.78), O("person", 560, 70, 350, 400, 0.7),
        O("arrow", 760, 230, 120, 130, 0.41), O("sword", 640, 860, 200, 70, 0.35),
        O("person", 840, 330, 80, 100, 0.33)],
        note="1000x970. Correggio, The Mystic Marriage of Saint Catherine with Saint Sebastian "
             "(c.1526-27), Louvre: the Virgin at left guides the Child's hand as he places the "
             "ring on Catherine's finger, Catherine at lower right; Sebastian behind them smiling, "
             "holding his arrows; the martyrdoms of both saints small in the landscape"),
    S("h4_antony_abbot_osservanza_met", ["antony-abbot"], [
        O("monk", 360, 260, 210, 520, 0.7), O("staff", 520, 260, 40, 520, 0.42),
        O("cat", 180, 830, 60, 40, 0.31), O("tree", 60, 80, 150, 300, 0.39)],
        note="730x1000. Master of the Osservanza, Saint Anthony Abbot Tempted by a Heap of Gold "
             "(c.1435), Metropolitan Museum New York: the hermit in his dark habit with his "
             "staff recoils on a path through a rocky wilderness from the gold (now a dark lump "
             "on the ground, not detected); a hare in the foreground read as a cat; no pig"),
    S("h4_dominic_cross_angelico", ["crucifixion", "dominic"], [
        O("crucifixion", 40, 80, 520, 600, 0.79), O("cross", 60, 60, 480, 900, 0.6),
        O("nude", 200, 150, 200, 500, 0.37), O("monk", 170, 660, 220, 320, 0.72),
        O("halo", 220, 660, 80, 70, 0.45)],
        note="600x1000. Fra Angelico, Saint Dominic Adoring the Crucifixion (c.1442), fresco in "
             "the cloister of San Marco Florence: Christ on the cross against a plain blue "
             "ground, Dominic in his black and white habit kneeling at the foot of the cross, "
             "embracing it"),
    S("h4_laurence_alms_angelico", ["laurence"], [
        O("person", 330, 150, 170, 450, 0.74), O("halo", 380, 140, 60, 60, 0.47),
        O("purse", 470, 330, 50, 50, 0.4), O("person", 90, 330, 130, 400, 0.66),
        O("person", 180, 380, 120, 360, 0.6), O("person", 540, 340, 140, 390, 0.63),
        O("person", 700, 300, 150, 430, 0.64), O("child", 600, 520, 60, 150, 0.48),
        O("child", 240, 560, 70, 160, 0.41)],
        note="1000x760. Fra Angelico, Saint Lawrence Distributing Alms (1447-49), Niccoline "
             "Chapel, Vatican: the deacon in his dalmatic stands before the portal of a church "
             "giving coins from a purse to the poor: a cripple, a blind man, women with children; "
             "no gridiron"),
    S("h4_moreel_triptych_memling", ["christopher", "barbara"], [
        O("person", 420, 40, 180, 350, 0.8), O("child", 520, 40, 70, 70, 0.58),
        O("staff", 400, 30, 40, 370, 0.45), O("person", 260, 80, 120, 330, 0.68),
        O("book", 300, 200, 50, 40, 0.33), O("monk", 620, 80, 120, 330, 0.6),
        O("deer", 660, 300, 70, 70, 0.5),
        O("knight", 40, 40, 130, 340, 0.66), O("person", 100, 200, 110, 200, 0.63),
        O("child", 20, 260, 180, 150, 0.5),
        O("person", 820, 30, 140, 360, 0.67), O("tower", 870, 20, 80, 180, 0.48),
        O("person", 780, 200, 110, 200, 0.6), O("person", 880, 240, 120, 170, 0.52)],
        note="1000x415. Hans Memling, the Moreel Triptych (1484), Groeningemuseum Bruges, open: "
             "centre Saint Christopher wading with the Child on his shoulder and his staff, "
             "between Saint Maurus reading and Saint Giles with his hind; left wing Willem Moreel "
             "and his sons kneeling with Saint William in armour; right wing Barbara van "
             "Vlaenderberch and her daughters with Saint Barbara, her tower behind her"),
    S("h4_roch_david_marseille", ["roch"], [
        O("person", 420, 80, 260, 340, 0.74), O("child", 490, 180, 100, 120, 0.6),
        O("person", 220, 330, 260, 450, 0.72), O("staff", 200, 420, 50, 400, 0.34),
        O("nude", 30, 700, 430, 280, 0.7), O("person", 450, 650, 250, 330, 0.55)],
        ok=["madonna"],
        note="750x1000. Jacques-Louis David, Saint Roch Interceding with the Virgin for the "
             "Plague-Stricken (1780), Musee des Beaux-Arts Marseille: the pilgrim saint kneels "
             "in the centre, arms raised to the Virgin and Child on clouds at upper right; the "
             "plague-stricken lie in the foreground, a naked dying man at lower left; no dog"),
    S("h4_martin_van_dyck_zaventem", ["martin"], [
        O("horse", 420, 250, 500, 600, 0.85), O("knight", 500, 120, 250, 400, 0.66),
        O("sword", 440, 320, 140, 90, 0.43), O("nude", 60, 470, 300, 430, 0.77),
        O("person", 150, 250, 200, 500, 0.63), O("horse", 760, 160, 160, 300, 0.42),
        O("person", 800, 80, 120, 200, 0.38)],
        note="920x1000. Anthony van Dyck, Saint Martin Dividing his Cloak (c.1618-20), Saint "
             "Martin's Church Zaventem: Martin in armour on a white horse at right cuts his red "
             "cloak with his sword for two beggars at left, one naked seen from behind; a "
             "soldier on horseback behind him"),
    S("h4_augustine_vision_carpaccio", ["augustine"], [
        O("person", 610, 210, 200, 310, 0.77), O("pen", 650, 220, 30, 60, 0.31),
        O("book", 720, 350, 80, 50, 0.43), O("book", 320, 470, 60, 40, 0.36),
        O("dog", 220, 470, 90, 100, 0.72), O("mitre", 470, 230, 40, 50, 0.37),
        O("crozier", 480, 180, 30, 150, 0.35), O("person", 450, 120, 50, 110, 0.33)],
        note="1000x670. Vittore Carpaccio, The Vision of Saint Augustine (1502), Scuola di San "
             "Giorgio degli Schiavoni Venice: Augustine at his desk at right, pen lifted, turns "
             "to the light from the window; a small white dog sits alert in the middle of the "
             "floor; in the niche behind, an altar with a statuette of Christ, a mitre and a "
             "crozier; books and instruments everywhere; no heart"),
    S("h4_hubert_brueghel_rubens_prado", ["hubert"], [
        O("deer", 240, 200, 200, 250, 0.72), O("crucifixion", 300, 130, 60, 80, 0.38),
        O("cross", 300, 130, 60, 80, 0.4), O("person", 540, 250, 170, 270, 0.75),
        O("horse", 660, 160, 280, 350, 0.79), O("dog", 420, 440, 140, 120, 0.68),
        O("dog", 560, 480, 130, 110, 0.6), O("dog", 280, 470, 110, 100, 0.5),
        O("bird", 120, 60, 40, 30, 0.31)],
        note="1000x630. Jan Brueghel the Elder and Peter Paul Rubens, The Vision of Saint Hubert "
             "(c.1617-20), Prado: in a forest glade the hunter Hubert kneels at right before the "
             "stag with the crucifix between its antlers at left, his horse behind him, his "
             "hounds about him"),
    S("h4_jerome_landscape_patinir", ["jerome"], [
        O("person", 440, 520, 80, 110, 0.56), O("lion", 520, 560, 70, 60, 0.47),
        O("donkey", 720, 480, 40, 30, 0.31), O("tree", 100, 300, 120, 300, 0.38)],
        note="1000x810. Joachim Patinir, Landscape with Saint Jerome (c.1516-17), Prado: a vast "
             "blue-green world of fantastic rocks, a monastery and a river; in the centre "
             "foreground Jerome kneels at his rustic shelter drawing the thorn from the lion's "
             "paw, his cardinal's hat by him; small episodes of the lion and the donkey beyond"),
    # --- Christ -----------------------------------------------------------------------------
    S("h4_mond_crucifixion_raphael", ["crucifixion"], [
        O("crucifixion", 160, 60, 270, 500, 0.8), O("cross", 180, 40, 230, 740, 0.55),
        O("angel", 60, 230, 120, 170, 0.62), O("angel", 410, 230, 120, 170, 0.61),
        O("chalice", 140, 310, 30, 40, 0.33), O("person", 60, 480, 150, 480, 0.73),
        O("person", 390, 480, 150, 480, 0.7), O("person", 170, 650, 120, 280, 0.64),
        O("person", 310, 650, 120, 280, 0.63), O("bird", 80, 60, 50, 50, 0.3)],
        ok=["jerome", "magdalene", "evangelist"],
        note="590x1000. Raphael, The Mond Crucifixion (1502-03), National Gallery London: Christ "
             "on the cross under sun and moon, two angels on ribbons catching his blood in "
             "chalices; the Virgin and John the Evangelist standing, Jerome and the Magdalene "
             "kneeling at the foot of the cross; a Umbrian landscape (the sun read as a bird)"),
    S("h4_man_of_sorrows_geertgen_utrecht", ["man-of-sorrows"], [
        O("nude", 330, 200, 340, 720, 0.76), O("crown of thorns", 420, 190, 140, 70, 0.55),
        O("person", 40, 300, 250, 600, 0.68), O("person", 100, 90, 220, 350, 0.55),
        O("person", 700, 300, 260, 600, 0.64), O("angel", 700, 40, 200, 250, 0.5),
        O("angel", 40, 20, 220, 250, 0.48), O("cross", 600, 60, 90, 350, 0.41),
        O("lance", 750, 30, 40, 400, 0.35)],
        note="1000x1000. Geertgen tot Sint Jans, The Man of Sorrows (c.1485-95), Museum "
             "Catharijneconvent Utrecht: Christ crowned with thorns stands in the tomb showing "
             "his wounds, surrounded by the weeping Virgin, John and the Magdalene, angels "
             "behind holding the instruments of the Passion"),
    S("h4_baptism_patinir_vienna", ["baptism"], [
        O("nude", 400, 300, 150, 350, 0.74), O("person", 560, 330, 170, 310, 0.66),
        O("dove", 440, 110, 50, 40, 0.44), O("god the father", 400, 10, 180, 110, 0.52),
        O("person", 90, 380, 150, 120, 0.4)],
        note="1000x780. Joachim Patinir, The Baptism of Christ (c.1515), Kunsthistorisches Museum "
             "Vienna: Christ stands in the river, John the Baptist kneels on the bank at right "
             "pouring the water; God the Father and the dove above; John preaching to a crowd "
             "small in the landscape at left"),
    S("h4_entry_lorenzetti_assisi", ["entry"], [
        O("donkey", 300, 430, 220, 250, 0.74), O("person", 330, 250, 150, 330, 0.7),
        O("halo", 370, 240, 60, 60, 0.5), O("person", 30, 240, 280, 500, 0.72),
        O("person", 620, 300, 330, 440, 0.7), O("tree", 480, 40, 130, 320, 0.45),
        O("child", 520, 120, 60, 80, 0.36), O("person", 520, 620, 140, 120, 0.47)],
        note="1000x770. Pietro Lorenzetti, The Entry into Jerusalem (c.1320), fresco, Lower "
             "Church of San Francesco Assisi: Christ on the ass rides in from the left followed "
             "by the apostles; the people of Jerusalem crowd out of the city gate at right, a man "
             "spreads his cloak before the ass, children climb the trees for branches"),
    S("h4_trinity_masaccio", ["trinity"], [
        O("god the father", 160, 100, 160, 180, 0.58), O("crucifixion", 160, 170, 160, 330, 0.77),
        O("cross", 150, 160, 170, 420, 0.6), O("dove", 220, 240, 40, 30, 0.3),
        O("person", 80, 350, 90, 250, 0.69), O("person", 300, 350, 90, 250, 0.66),
        O("person", 20, 530, 90, 220, 0.62), O("person", 360, 530, 90, 220, 0.6),
        O("skull", 130, 830, 220, 90, 0.47)],
        ok=["crucifixion"],
        note="475x1000. Masaccio, The Holy Trinity (c.1427), fresco, Santa Maria Novella "
             "Florence: in a coffered chapel God the Father stands behind the cross holding it, "
             "the dove between his head and Christ's; the Virgin pointing and John below the "
             "cross; the donors kneel outside the pilasters; a skeleton on a tomb at the bottom"),
    S("h4_lamb_san_vitale_vault", ["agnus-dei"], [
        O("lamb", 440, 440, 120, 100, 0.62), O("sheep", 440, 440, 120, 100, 0.34),
        O("halo", 470, 430, 50, 40, 0.35), O("angel", 60, 100, 230, 380, 0.55),
        O("angel", 710, 100, 230, 380, 0.53), O("angel", 60, 540, 230, 380, 0.52),
        O("angel", 710, 540, 230, 380, 0.5), O("bird", 300, 800, 70, 50, 0.35)],
        note="1000x1000. The Lamb of God, mosaic of the presbytery vault (c.547), San Vitale "
             "Ravenna: the haloed lamb in a starry medallion at the centre, held up in a wreath "
             "by four angels standing on globes along the ribs, the vault filled with foliage, "
             "birds and animals"),
    # --- Mary ---------------------------------------------------------------------------------
    S("h4_lippina_filippo_lippi", ["madonna"], [
        O("person", 80, 100, 400, 780, 0.86), O("prayer", 330, 450, 70, 80, 0.4),
        O("child", 350, 470, 230, 330, 0.72), O("angel", 400, 640, 200, 300, 0.6),
        O("child", 380, 620, 230, 330, 0.44)],
        note="650x1000. Filippo Lippi, Madonna and Child with Two Angels (the Lippina, c.1460-65), "
             "Uffizi: the Virgin seated in profile, hands joined in prayer, before a window "
             "opening on a landscape; two angels lift the Child towards her at lower right, one "
             "grinning out at the viewer"),
    S("h4_annunciation_van_eyck_washington", ["annunciation"], [
        O("angel", 20, 440, 170, 440, 0.76), O("person", 190, 480, 170, 420, 0.79),
        O("dove", 170, 240, 40, 30, 0.32), O("lily", 150, 650, 50, 120, 0.45),
        O("book", 220, 650, 60, 40, 0.38), O("staff", 120, 460, 40, 240, 0.3)],
        note="380x1000. Jan van Eyck, The Annunciation (c.1434-36), National Gallery of Art "
             "Washington: in a tall church Gabriel in a brocade cope with a sceptre greets the "
             "Virgin, who raises her hands from her book; the dove descends on rays from a high "
             "window; lilies in a vase between them"),
    S("h4_coronation_angelico_louvre", ["coronation"], [
        O("person", 400, 80, 160, 250, 0.72), O("person", 470, 140, 130, 210, 0.7),
        O("crown", 470, 130, 60, 40, 0.43), O("angel", 170, 120, 200, 300, 0.6),
        O("angel", 620, 120, 200, 300, 0.58), O("trumpet", 230, 260, 120, 60, 0.4),
        O("person", 80, 380, 300, 350, 0.7), O("person", 640, 380, 300, 350, 0.68),
        O("person", 200, 680, 180, 280, 0.66), O("golden balls", 260, 900, 60, 30, 0.31),
        O("mitre", 250, 660, 50, 50, 0.44), O("person", 640, 680, 260, 280, 0.68),
        O("ointment jar", 690, 780, 40, 50, 0.33), O("wheel", 800, 860, 70, 70, 0.38),
        O("lamb", 880, 780, 50, 40, 0.34), O("monk", 80, 430, 100, 250, 0.45),
        O("lily", 110, 430, 30, 100, 0.33)],
        ok=["nicholas", "magdalene", "catherine", "dominic"],
        note="1000x990. Fra Angelico, The Coronation of the Virgin (c.1430-32), Louvre: Christ "
             "enthroned at the top of a marble stair crowns the kneeling Virgin, angels with "
             "trumpets and instruments on both sides; below, rows of saints, Dominic with his "
             "lily among them, and in the front kneeling Nicholas with the three balls at left "
             "and at right the Magdalene with her jar, Catherine with her wheel and Agnes with "
             "her lamb"),
    S("h4_flight_landscape_carracci", ["flight"], [
        O("donkey", 470, 360, 80, 70, 0.5), O("person", 480, 310, 60, 80, 0.55),
        O("child", 500, 330, 25, 25, 0.3), O("person", 420, 320, 50, 110, 0.5),
        O("tree", 40, 0, 250, 400, 0.55), O("tree", 800, 0, 200, 350, 0.44),
        O("boat", 330, 370, 100, 40, 0.38), O("sheep", 120, 400, 60, 40, 0.33)],
        note="1000x530. Annibale Carracci, Landscape with the Flight into Egypt (c.1604), Galleria "
             "Doria Pamphilj Rome: a broad classical landscape, a walled town on a hill by the "
             "river; the Holy Family small in the foreground, Mary with the Child on the ass, "
             "Joseph walking; a ferry boat and a shepherd with sheep"),
    S("h4_pieta_perugino_uffizi", ["pieta"], [
        O("person", 400, 220, 200, 430, 0.78), O("nude", 160, 450, 680, 200, 0.8),
        O("person", 120, 300, 180, 450, 0.65), O("person", 700, 320, 190, 420, 0.66),
        O("person", 290, 190, 130, 420, 0.55), O("person", 580, 190, 130, 420, 0.55)],
        note="1000x950. Pietro Perugino, Pieta (c.1493-95), Uffizi: under a loggia arch the "
             "Virgin sits in the centre with the dead Christ stretched across her lap and the "
             "laps of the mourners, his head held by one at left, his feet by the Magdalene at "
             "right; Joseph of Arimathea and Nicodemus standing behind"),
    S("h4_mystic_nativity_botticelli", ["nativity"], [
        O("person", 330, 400, 140, 260, 0.72), O("child", 270, 570, 80, 60, 0.5),
        O("person", 150, 500, 150, 150, 0.6), O("cow", 280, 380, 90, 80, 0.52),
        O("donkey", 230, 390, 80, 70, 0.45), O("angel", 240, 260, 220, 90, 0.58),
        O("angel", 40, 20, 610, 200, 0.49), O("person", 20, 420, 130, 230, 0.55),
        O("angel", 60, 400, 100, 200, 0.45), O("person", 540, 420, 130, 240, 0.54),
        O("angel", 530, 380, 100, 200, 0.44), O("angel", 60, 780, 200, 200, 0.5),
        O("angel", 430, 780, 220, 200, 0.5), O("devil", 150, 920, 40, 50, 0.33),
        O("devil", 560, 930, 40, 50, 0.32), O("palm", 100, 830, 40, 60, 0.3)],
        note="690x1000. Sandro Botticelli, Mystic Nativity (c.1500-01), National Gallery London: "
             "before a rock-cut stable the Virgin kneels adoring the Child on the ground, Joseph "
             "crouched asleep beside, the ox and the ass behind; angels on the roof, a ring of "
             "dancing angels in the sky; the Magi and the shepherds led in by angels at left and "
             "right; below, angels embrace men while little devils flee into the rocks"),
    # --- Old Testament ----------------------------------------------------------------------
    S("h4_judith_return_botticelli", ["judith"], [
        O("judith", 200, 180, 250, 750, 0.62), O("person", 200, 180, 250, 750, 0.71),
        O("sword", 330, 140, 160, 170, 0.55), O("person", 430, 200, 220, 720, 0.7),
        O("head", 470, 150, 110, 100, 0.46), O("person", 20, 580, 150, 100, 0.35)],
        note="770x1000. Sandro Botticelli, The Return of Judith to Bethulia (c.1470-72), Uffizi: "
             "Judith strides across the hills with her sword over her shoulder and an olive "
             "branch, her maid hurrying after her with Holofernes' head wrapped in cloth on her "
             "own head; the Assyrian camp small in the valley"),
    S("h4_david_goliath_sistine_pendentive", ["david"], [
        O("person", 390, 140, 200, 300, 0.74), O("sword", 480, 60, 140, 160, 0.58),
        O("person", 200, 320, 500, 220, 0.72), O("person", 700, 160, 150, 150, 0.4)],
        note="1000x590. Michelangelo, David and Goliath (1509), pendentive of the Sistine Chapel "
             "ceiling: David astride the fallen giant, who lies face down, raises the sword to "
             "cut off his head; soldiers watch from a tent behind"),
    S("h4_fall_titian_prado", ["fall"], [
        O("nude", 40, 300, 300, 600, 0.82), O("nude", 400, 250, 260, 720, 0.84),
        O("tree", 320, 0, 250, 900, 0.55), O("child", 440, 80, 120, 150, 0.45),
        O("serpent", 460, 150, 80, 220, 0.38), O("apple", 500, 230, 30, 30, 0.33),
        O("dog", 620, 880, 110, 80, 0.36)],
        note="775x1000. Titian, Adam and Eve (c.1550), Prado: Eve at right reaches for the apple "
             "held out by the serpent, a child with a serpent's tail, in the tree; Adam seated "
             "at left lays a hand on her; a fox at lower right (read as a dog)"),
    S("h4_tobias_filippino_washington", ["tobias"], [
        O("angel", 60, 100, 340, 860, 0.8), O("person", 380, 200, 230, 760, 0.74),
        O("fish", 520, 600, 100, 60, 0.47)],
        note="730x1000. Filippino Lippi, Tobias and the Angel (c.1475-80), National Gallery of "
             "Art Washington: the archangel Raphael, wings spread, walks hand in hand with the "
             "young Tobias, who carries the fish on a string, through a river landscape"),
    S("h4_jonah_ryder", ["jonah"], [
        O("person", 400, 430, 180, 170, 0.45), O("fish", 120, 480, 500, 250, 0.42),
        O("boat", 100, 160, 350, 200, 0.58), O("person", 180, 160, 150, 120, 0.38),
        O("god the father", 400, 20, 250, 180, 0.4)],
        note="1000x790. Albert Pinkham Ryder, Jonah (c.1885-95), Smithsonian American Art "
             "Museum: a dark churning sea; Jonah thrown overboard flails in the waves before the "
             "great fish's open jaws, the sailors' boat pitching above at left; God the Father "
             "in a glow of light at the top"),
    S("h4_isaac_titian_salute", ["isaac"], [
        O("person", 250, 150, 420, 600, 0.78), O("knife", 520, 100, 120, 120, 0.41),
        O("sword", 520, 100, 130, 140, 0.39), O("child", 300, 600, 250, 300, 0.62),
        O("angel", 40, 40, 300, 320, 0.7), O("sheep", 30, 760, 170, 150, 0.46),
        O("stone", 280, 800, 350, 180, 0.33)],
        note="870x1000. Titian, The Sacrifice of Isaac (1542-44), ceiling of Santa Maria della "
             "Salute Venice, seen from below: Abraham raises the knife, a hand on the head of "
             "Isaac kneeling on the altar; the angel swoops in at upper left to stop him; the "
             "ram at lower left"),
    # --- mythology ---------------------------------------------------------------------------
    S("h4_leda_after_michelangelo_london", ["leda"], [
        O("nude", 110, 130, 820, 560, 0.84), O("swan", 350, 200, 300, 340, 0.6),
        O("bird", 350, 200, 300, 340, 0.37), O("child", 60, 560, 160, 140, 0.4)],
        note="1000x745. After Michelangelo, Leda and the Swan (after 1530), National Gallery "
             "London: Leda reclines at full length, the swan between her thighs, its neck rising "
             "to her face; the broken egg with the infant twins at lower left"),
    S("h4_europa_rembrandt_getty", ["europa"], [
        O("cow", 240, 420, 300, 200, 0.66), O("person", 290, 330, 150, 200, 0.64),
        O("person", 560, 380, 180, 260, 0.68), O("person", 700, 420, 120, 220, 0.55),
        O("horse", 840, 360, 150, 150, 0.46), O("tree", 700, 0, 300, 400, 0.45)],
        note="1000x800. Rembrandt, The Abduction of Europa (1632), J. Paul Getty Museum: the "
             "white bull carries Europa into the water at left, she clutching its horn and "
             "looking back; her companions cry out on the shore at right beside a gilded "
             "carriage and its horses under the trees; a harbour city in the haze"),
    S("h4_ganymede_rubens_prado", ["ganymede"], [
        O("eagle", 80, 60, 340, 500, 0.73), O("nude", 90, 320, 320, 600, 0.79)],
        note="480x1000. Peter Paul Rubens, The Abduction of Ganymede (1636-38), Prado: Jupiter's "
             "eagle, wings spread, carries the naked youth with his red cloak up into the sky"),
    S("h4_perseus_wtewael_louvre", ["perseus"], [
        O("nude", 130, 200, 300, 720, 0.85), O("pegasus", 480, 60, 300, 260, 0.55),
        O("horse", 480, 60, 300, 260, 0.4), O("knight", 560, 40, 150, 200, 0.45),
        O("dragon", 440, 520, 370, 350, 0.62), O("fish", 440, 520, 370, 350, 0.33),
        O("skull", 100, 900, 80, 60, 0.4), O("shell", 300, 920, 60, 40, 0.35)],
        note="830x1000. Joachim Wtewael, Perseus and Andromeda (1611), Louvre: Andromeda naked, "
             "chained to the rock at left; Perseus on Pegasus dives from the sky at upper right "
             "onto the sea monster rising at lower right; shells, bones and a skull litter the "
             "shore in the foreground"),
    S("h4_paris_rubens_prado", ["paris"], [
        O("nude", 100, 100, 180, 400, 0.8), O("nude", 260, 90, 180, 410, 0.82),
        O("nude", 420, 100, 190, 400, 0.78), O("child", 240, 360, 80, 120, 0.5),
        O("angel", 340, 10, 100, 90, 0.4), O("person", 770, 180, 170, 330, 0.75),
        O("apple", 760, 270, 30, 30, 0.3), O("person", 680, 70, 130, 380, 0.68),
        O("helmet", 130, 190, 60, 50, 0.4), O("shield", 30, 330, 120, 140, 0.45),
        O("bird", 560, 350, 120, 120, 0.44), O("bird", 60, 110, 40, 40, 0.32),
        O("dog", 880, 440, 80, 70, 0.46)],
        note="1000x525. Peter Paul Rubens, The Judgement of Paris (c.1638), Prado: the three "
             "goddesses at left, Minerva with her helmet and shield and her owl, Venus in the "
             "centre with Cupid, Juno with her peacock; Paris seated at right holding the apple, "
             "Mercury standing behind him, his dog at his feet; a putto flies down with a wreath "
             "for Venus"),
    # ================== near misses and subjects without a rule (23) ========================
    S("h4_conversion_paul_caravaggio", [], [
        O("horse", 120, 60, 620, 640, 0.88), O("person", 430, 80, 250, 400, 0.62),
        O("person", 40, 600, 620, 380, 0.8), O("knight", 40, 600, 620, 380, 0.4),
        O("sword", 20, 860, 220, 60, 0.42), O("helmet", 50, 700, 100, 90, 0.45)],
        ok=["paul"],
        note="760x1000. Caravaggio, The Conversion of Saint Paul (1600-01), Cerasi Chapel, Santa "
             "Maria del Popolo Rome: the great piebald horse fills the upper canvas, an old groom "
             "at its bridle; Saul in Roman armour lies on his back beneath it, arms flung open, "
             "his sword and helmet beside him (the Conversion, no rule)"),
    S("h4_tribute_money_masaccio", [], [
        O("person", 200, 60, 560, 340, 0.78), O("person", 410, 70, 90, 300, 0.62),
        O("person", 520, 120, 100, 280, 0.66), O("person", 40, 240, 130, 150, 0.6),
        O("fish", 80, 340, 50, 30, 0.38), O("person", 850, 90, 80, 290, 0.58),
        O("person", 760, 100, 90, 270, 0.55), O("halo", 420, 60, 50, 40, 0.4)],
        ok=["peter"],
        note="1000x415. Masaccio, The Tribute Money (c.1425), fresco, Brancacci Chapel, Santa "
             "Maria del Carmine Florence: Christ among the apostles in a ring, the tax collector "
             "with his back to us; at left Peter crouches by the lake taking the coin from the "
             "fish's mouth, at right he pays the collector at a portico (no rule)"),
    S("h4_goldsmith_petrus_christus_met", [], [
        O("person", 560, 250, 300, 600, 0.8), O("person", 40, 180, 260, 700, 0.74),
        O("person", 260, 200, 280, 650, 0.76), O("scales", 480, 470, 150, 130, 0.45)],
        note="870x1000. Petrus Christus, A Goldsmith in his Shop (possibly Saint Eligius, 1449), "
             "Metropolitan Museum New York: the goldsmith at his counter weighs a ring on a "
             "small balance for a betrothed couple standing at left; rings, vessels and a "
             "convex mirror about the shop (no rule)"),
    S("h4_orpheus_eurydice_poussin", [], [
        O("person", 240, 320, 100, 150, 0.64), O("lyre", 300, 340, 50, 50, 0.42),
        O("person", 100, 330, 140, 180, 0.6), O("person", 360, 340, 70, 150, 0.5),
        O("person", 480, 330, 80, 170, 0.58), O("serpent", 500, 490, 40, 20, 0.3),
        O("tree", 0, 0, 200, 450, 0.5), O("tree", 640, 0, 160, 420, 0.45),
        O("person", 720, 430, 60, 90, 0.38)],
        ok=["orpheus"],
        note="1000x620. Nicolas Poussin, Landscape with Orpheus and Eurydice (c.1650), Louvre: "
             "Orpheus sits playing his lyre to a group of nymphs and listeners at left; "
             "Eurydice, bitten by the snake, starts back in the centre; a fisherman at the river, "
             "the smoking castle of Sant'Angelo behind; no animals listening (no rule)"),
    S("h4_justina_unicorn_moretto", [], [
        O("person", 260, 100, 300, 820, 0.84), O("palm", 440, 150, 70, 260, 0.45),
        O("unicorn", 60, 640, 230, 250, 0.52), O("horse", 60, 640, 230, 250, 0.38),
        O("person", 30, 430, 230, 480, 0.74)],
        ok=["unicorn"],
        note="700x1000. Moretto da Brescia, Saint Justina with a Donor (c.1530), Kunsthistorisches "
             "Museum Vienna: the virgin martyr stands in a landscape holding her palm, a small "
             "white unicorn at her feet at lower left, the donor kneeling in profile at left "
             "(Justina, no rule)"),
    S("h4_philip_iv_horseback_velazquez", [], [
        O("horse", 130, 230, 680, 620, 0.9), O("knight", 360, 120, 260, 420, 0.63),
        O("person", 360, 120, 260, 420, 0.5), O("staff", 520, 260, 120, 60, 0.3)],
        note="1000x960. Diego Velazquez, Philip IV on Horseback (1634-35), Prado: equestrian "
             "portrait of the king in half-armour with a sash and baton on a rearing bay horse "
             "seen in profile, a wide landscape behind (a portrait, no rule)"),
    S("h4_napoleon_alps_david", [], [
        O("horse", 140, 240, 560, 600, 0.88), O("person", 280, 100, 300, 520, 0.76),
        O("knight", 280, 100, 300, 520, 0.35), O("sword", 330, 440, 70, 110, 0.33),
        O("stone", 20, 820, 260, 180, 0.38), O("person", 600, 800, 150, 90, 0.34)],
        note="850x1000. Jacques-Louis David, Napoleon Crossing the Alps (1801), Chateau de "
             "Malmaison: the First Consul on a rearing white horse points up the mountain, his "
             "cloak billowing; names carved on the rocks at lower left, soldiers and a cannon "
             "small behind (a portrait, no rule)"),
    S("h4_cosimo_armour_bronzino", [], [
        O("knight", 80, 100, 640, 900, 0.86), O("person", 80, 100, 640, 900, 0.45),
        O("helmet", 550, 700, 230, 200, 0.6)],
        note="800x1000. Agnolo Bronzino, Portrait of Cosimo I de' Medici in Armour (c.1545), "
             "Uffizi: half-length, in gleaming armour, his right hand resting on his helmet at "
             "lower right (a portrait, no rule)"),
    S("h4_lady_lap_dog_bronzino", [], [
        O("person", 120, 80, 560, 900, 0.88), O("dog", 300, 650, 160, 130, 0.66)],
        note="790x1000. Agnolo Bronzino, Portrait of a Lady with a Lap Dog (c.1532-33), Stadel "
             "Museum Frankfurt: a young woman in red seated in a chair, holding a small dog in "
             "her lap (a portrait, no rule)"),
    S("h4_san_romano_uffizi_uccello", [], [
        O("horse", 380, 200, 340, 320, 0.82), O("knight", 430, 130, 150, 250, 0.75),
        O("horse", 50, 180, 300, 310, 0.78), O("knight", 120, 100, 130, 250, 0.7),
        O("lance", 100, 50, 500, 200, 0.55), O("lance", 550, 60, 300, 180, 0.5),
        O("horse", 700, 230, 290, 290, 0.74), O("knight", 760, 150, 150, 230, 0.66),
        O("helmet", 470, 130, 60, 50, 0.45), O("orange", 600, 30, 30, 30, 0.3),
        O("shield", 240, 250, 60, 70, 0.4)],
        note="1000x565. Paolo Uccello, The Battle of San Romano: Bernardino della Ciarda "
             "Unhorsed (c.1435-40), Uffizi: armoured knights on rearing horses clash with "
             "lances, one rider toppling from his white horse in the centre, broken lances on "
             "the ground, orange trees behind the hedges (a battle, no rule)"),
    S("h4_hippo_hunt_rubens", [], [
        O("horse", 40, 80, 330, 400, 0.84), O("horse", 630, 50, 330, 420, 0.82),
        O("person", 120, 40, 170, 260, 0.68), O("person", 700, 20, 180, 270, 0.66),
        O("lance", 250, 60, 300, 200, 0.5), O("lance", 520, 40, 200, 220, 0.48),
        O("dragon", 300, 580, 420, 170, 0.45), O("cow", 340, 260, 330, 280, 0.38),
        O("dog", 30, 520, 200, 150, 0.6), O("person", 80, 560, 250, 200, 0.6),
        O("person", 650, 530, 250, 220, 0.58)],
        note="1000x770. Peter Paul Rubens, The Hippopotamus and Crocodile Hunt (c.1615-16), Alte "
             "Pinakothek Munich: the hippopotamus rears up in the centre over a writhing "
             "crocodile (read as a dragon), three riders on horses drive spears into it from "
             "both sides, hounds attack, hunters lie fallen in the foreground (a hunt, no rule)"),
    S("h4_basket_fruit_caravaggio", [], [
        O("apple", 420, 200, 130, 120, 0.7), O("apple", 560, 230, 110, 110, 0.48),
        O("orange", 320, 290, 100, 90, 0.35)],
        note="1000x660. Caravaggio, Basket of Fruit (c.1599), Pinacoteca Ambrosiana Milan: a "
             "wicker basket on a ledge against a pale ground, apples, a pear, figs, grapes and "
             "withering leaves (a still life, no rule)"),
    S("h4_avenue_middelharnis_hobbema", [], [
        O("tree", 400, 0, 200, 560, 0.7), O("tree", 330, 30, 90, 500, 0.5),
        O("tree", 580, 40, 90, 490, 0.5), O("person", 460, 470, 30, 60, 0.45),
        O("dog", 500, 505, 20, 15, 0.3), O("tower", 330, 430, 40, 80, 0.4),
        O("person", 700, 500, 30, 50, 0.35)],
        note="1000x740. Meindert Hobbema, The Avenue at Middelharnis (1689), National Gallery "
             "London: a road lined with tall thin poplars runs straight into the distance, a man "
             "walking with his dog, the village and its church tower at the end, a man tending "
             "trees at right (a landscape, no rule)"),
    S("h4_peasant_wedding_bruegel", [], [
        O("person", 430, 210, 90, 130, 0.62), O("person", 0, 300, 140, 400, 0.74),
        O("jug", 60, 450, 90, 120, 0.5), O("person", 230, 350, 180, 330, 0.7),
        O("dish", 220, 400, 200, 40, 0.42), O("person", 180, 230, 100, 260, 0.63),
        O("child", 120, 520, 90, 150, 0.6), O("person", 520, 230, 380, 260, 0.7),
        O("person", 800, 330, 200, 370, 0.66)],
        note="1000x700. Pieter Bruegel the Elder, The Peasant Wedding (c.1567), Kunsthistorisches "
             "Museum Vienna: a barn with a long table running back; the bride before a green "
             "cloth, two men carry bowls of porridge on an unhinged door, a man pours beer from "
             "jugs at lower left, bagpipers, a child licking a plate on the floor (genre, no "
             "rule)"),
    S("h4_oath_horatii_david", [], [
        O("person", 80, 200, 320, 520, 0.8), O("helmet", 170, 200, 70, 60, 0.45),
        O("lance", 60, 200, 60, 500, 0.4), O("person", 450, 200, 160, 520, 0.75),
        O("sword", 490, 200, 90, 150, 0.6), O("person", 650, 380, 330, 340, 0.72),
        O("child", 720, 410, 80, 120, 0.5)],
        note="1000x775. Jacques-Louis David, The Oath of the Horatii (1784), Louvre: under three "
             "arches the three brothers at left stretch out their arms to swear, their father "
             "in the centre holds up their three swords, the women and children grieve at right "
             "(history, no rule)"),
    S("h4_virgin_st_anne_leonardo", [], [
        O("person", 150, 100, 430, 700, 0.78), O("person", 180, 280, 380, 560, 0.8),
        O("child", 430, 500, 180, 280, 0.72), O("lamb", 520, 560, 200, 220, 0.66),
        O("sheep", 520, 560, 200, 220, 0.4), O("tree", 520, 0, 200, 300, 0.4)],
        ok=["madonna"],
        note="775x1000. Leonardo da Vinci, The Virgin and Child with Saint Anne (c.1503-19), "
             "Louvre: Saint Anne seated, the Virgin on her lap leaning forward to hold back the "
             "Child, who grasps a lamb at lower right; a misty mountain landscape (Anne with "
             "the Virgin and Child, no rule; no Baptist)"),
    S("h4_lamentation_mantegna_brera", [], [
        O("nude", 280, 150, 620, 680, 0.76), O("person", 20, 180, 220, 320, 0.58),
        O("person", 40, 40, 200, 220, 0.45), O("person", 150, 180, 100, 220, 0.35),
        O("ointment jar", 830, 60, 100, 120, 0.42)],
        note="1000x840. Andrea Mantegna, The Lamentation over the Dead Christ (c.1480), "
             "Pinacoteca di Brera Milan: the dead Christ lies on a marble slab, steeply "
             "foreshortened, feet towards us; the weeping Virgin, John and the Magdalene crowd "
             "in at the left edge; the ointment jar at upper right (the Lamentation, no rule)"),
    S("h4_noli_me_tangere_titian", [], [
        O("person", 80, 500, 380, 430, 0.78), O("nude", 400, 220, 300, 700, 0.75),
        O("ointment jar", 120, 830, 70, 100, 0.46), O("tree", 300, 0, 250, 600, 0.52),
        O("sheep", 600, 500, 60, 30, 0.32), O("staff", 460, 330, 240, 240, 0.3)],
        ok=["magdalene"],
        note="840x1000. Titian, Noli me Tangere (c.1514), National Gallery London: the Magdalene "
             "kneels at left reaching out to the risen Christ, who draws back his cloak, a hoe "
             "in his hand; her jar on the ground; a tree in the centre, a landscape with sheep "
             "and a farm (Noli me tangere, no rule)"),
    S("h4_presentation_mantegna_berlin", [], [
        O("person", 20, 180, 300, 600, 0.8), O("child", 300, 350, 150, 240, 0.62),
        O("person", 600, 150, 370, 630, 0.78), O("person", 330, 60, 200, 400, 0.64),
        O("person", 40, 60, 120, 300, 0.45), O("person", 850, 40, 140, 320, 0.45),
        O("halo", 100, 180, 110, 60, 0.38)],
        ok=["madonna"],
        note="1000x780. Andrea Mantegna, The Presentation at the Temple (c.1455), Gemaldegalerie "
             "Berlin: behind a marble frame the Virgin at left holds the swaddled Child standing "
             "on the ledge, the bearded Simeon reaches for him at right, Joseph in the centre "
             "behind, two onlookers at the edges (the Presentation, no rule)"),
    S("h4_rest_flight_orazio_louvre", [], [
        O("person", 250, 250, 300, 430, 0.8), O("child", 340, 320, 150, 200, 0.66),
        O("person", 570, 300, 400, 330, 0.75), O("donkey", 160, 60, 200, 200, 0.6),
        O("horse", 160, 60, 200, 200, 0.36)],
        ok=["flight", "madonna"],
        note="1000x700. Orazio Gentileschi, The Rest on the Flight into Egypt (c.1628), Louvre: "
             "the Virgin sits on the ground nursing the Child before a crumbling wall, Joseph "
             "asleep sprawled on a sack at right, the ass looking over the wall behind (the Rest "
             "on the Flight, no rule)"),
    S("h4_charles_v_dog_titian", [], [
        O("person", 130, 80, 350, 880, 0.87), O("dog", 20, 600, 250, 360, 0.77),
        O("sword", 250, 550, 80, 250, 0.41)],
        note="580x1000. Titian, Emperor Charles V with a Dog (1533), Prado: full-length standing "
             "portrait in rich dress, a dagger at his belt, his hand on the collar of a large "
             "hound at lower left (a portrait, no rule)"),
    S("h4_leucippus_rubens_munich", [], [
        O("horse", 30, 80, 420, 500, 0.75), O("horse", 560, 50, 380, 500, 0.73),
        O("nude", 200, 400, 400, 550, 0.82), O("nude", 420, 250, 300, 600, 0.7),
        O("knight", 400, 80, 230, 400, 0.55), O("person", 150, 160, 250, 330, 0.6),
        O("child", 110, 90, 90, 130, 0.5), O("angel", 700, 300, 100, 130, 0.4)],
        note="940x1000. Peter Paul Rubens, The Rape of the Daughters of Leucippus (c.1618), Alte "
             "Pinakothek Munich: Castor and Pollux, one in armour, haul the two naked sisters up "
             "onto their horses, a grey rearing at left and a dark bay at right; Cupids hold the "
             "reins (no rule)"),
    S("h4_satyr_nymph_piero_di_cosimo", [], [
        O("nude", 200, 170, 640, 150, 0.8), O("person", 60, 40, 200, 250, 0.66),
        O("dog", 800, 60, 170, 240, 0.78), O("dog", 550, 110, 70, 40, 0.35),
        O("bird", 400, 80, 50, 30, 0.33)],
        note="1000x355. Piero di Cosimo, A Satyr Mourning over a Nymph (Death of Procris, "
             "c.1495), National Gallery London: the nymph lies dead across the foreground, a "
             "wound at her throat, a satyr kneeling at left touching her shoulder, a brown dog "
             "sitting at right; an estuary with herons and dogs behind (no rule)"),
]
