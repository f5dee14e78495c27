"""Fifth held-out set of painting scenes for Iconograph's subject attribution, written blind.

75 scenes, each imitating a real, named painting (artist, title, museum and approximate date in
its note), none of them one named in bench/scenes.py, bench/scenes_heldout.py,
bench/scenes_heldout2.py, bench/scenes_heldout3.py or bench/scenes_heldout4.py. Written without
reading ontologies/rules/*.yaml, kg/reasoning.py, kg/rules.py, vision/scene.py, the rule and
scene sections of README.md or the expectations of the other scene lists (beyond the first
scenes of bench/scenes_heldout4.py, read for the format), and without running anything on them
before they were committed. Sources used: the module docstring and first scenes of
bench/scenes_heldout4.py (format and conventions), the definitions of S, O, SUBJECT and NAME_OF
in bench/scenes.py, the output of ``python -m kg rules list`` (which subjects have a rule) and
the ``ico:detectorLabel`` lines of ontologies/iconograph.ttl (which labels a detector can give);
the notes of the other lists were read only for the painting names, to avoid repeats. The only
check run before the commit loaded every object through ``vision.annotations.make_detection``
and ``Ontology.class_for_label`` (no scene relations, no rules).

Expectations come from the iconography of each painting, not from what a rule would need. A
saint who is a principal figure is expected even where the painter left out the attribute a
rule may look for (Gentile da Fabriano's George has no dragon, Raphael's Sistine Barbara no
tower, Leonardo's Baptist no lamb, Caravaggio's Jerome no lion, Lanfranco's Peter no keys,
Mantegna's Michael in the Madonna della Vittoria no dragon, Palma's Antony Abbot no pig,
Berruguete's Dominic no dog); secondary figures recognisable only from context (the Magdalene in
the distance of El Greco's Tears of Saint Peter, Margaret on the wing of Simone Martini's
Annunciation, the Madonna of an Adoration of the Magi in Lochner's and Bouts's triptychs, the
Dominican above Palma's Barbara, the Pieta in its upper tier, the Lucy among Gerard David's
virgins) are tolerated in ``ok``, not expected. Subjects without a rule (the Visitation, the
Holy Family, the Entombment, Saint Helena, Saint Agnes, Saint Joseph, Saints Erasmus and
Maurice, the Death of Actaeon, Venus and Adonis, the Death of Hippolytus, the Adoration of the
Magi ...) are expected nowhere; where one closely resembles a subject with a rule (the
Entombment / the Pieta, the Holy Family / the Madonna, the Expulsion beside Fra Angelico's
Annunciation / the Fall) the neighbour is tolerated in ``ok``.

52 scenes expect at least one subject with a rule (George mounted, on organ shutters and
standing without his dragon, Michael in armour with a crystal shield and among the three
archangels, Margaret on the dragon, eleven multi-saint altarpieces, triptychs or polyptychs,
less common saints: Lucy, Agatha, Apollonia, Ursula, Nicholas, Antony of Padua, Dominic, Antony
Abbot, Laurence, Roch, Andrew, Bartholomew, Christopher; Christ, Mary, the Old Testament and
mythology); 23 are near misses or subjects without a rule where nothing (or only a tolerated
``ok`` subject) should be attributed: two equestrian portraits, a mother and daughter portrait,
a cavalry battle, a wolf and fox hunt with lances, a swan with a dog, oxen ploughing, a horse
attacked by a lion, a fisher boy with fish, a still life, a landscape, two genre interiors, and
mythologies or saints that share horses, bulls, nudes, dogs, a stag, a lamb, a cross, a wheel, a
mitre and crozier, or a man holding a child with subjects that have a rule.

Format as bench/scenes_heldout4.py: ``SCENES`` is a list of dicts {name, expect, ok, objects,
note}; ``objects`` are (label, x, y, w, h, conf) with (x, y) the top-left corner in pixels of an
image whose size WxH is the first thing in each note (several panels of a triptych or polyptych
are laid side by side or stacked). The detector is imagined as DEArt-like: women, children and
most saints are "person" or "nude", a putto "child" or "angel"; the ontology's added labels
(wheel, tower, staff, dish, pincers, golden balls, knife, x-shaped cross ...) appear where a
detector trained on them would give them, not always; confidences 0.30-0.95, the median over
the objects that are not figures (not person, woman, child, knight, monk, shepherd, nude,
judith, angel, god the father, devil) being 0.42; some noise (a missed attribute, a spurious low
box, a mislabel such as a wolf read as a dog or a bear, ducks as a swan, a sea monster as a
dragon or a castle as a tower, a second label on one object).

Run ``python -m bench.scenes --heldout5``.
"""
from __future__ import annotations

from .scenes import O, S

SCENES = [
    # ====================== scenes with a subject that has a rule (52) ======================
    # --- Saint George, Michael, Margaret -----------------------------------------------------
    S("h5_george_martorell_chicago", ["george"], [
        O("horse", 120, 330, 430, 380, 0.84), O("knight", 200, 190, 250, 380, 0.71),
        O("helmet", 250, 190, 80, 80, 0.38), O("shield", 330, 330, 90, 110, 0.44),
        O("lance", 60, 400, 300, 330, 0.47), O("dragon", 30, 650, 330, 260, 0.63),
        O("person", 470, 520, 140, 300, 0.58), O("crown", 505, 505, 50, 35, 0.34),
        O("tower", 380, 40, 150, 250, 0.37), O("skull", 300, 900, 50, 40, 0.31)],
        note="630x1000. Bernat Martorell, Saint George Killing the Dragon (1434-35), Art "
             "Institute of Chicago: George in armour on a white horse drives his lance into the "
             "dragon's mouth at lower left, bones and skulls of its victims strewn about; the "
             "crowned princess kneels at the right; the walled city and its towers above, "
             "onlookers on the ramparts"),
    S("h5_george_tura_ferrara", ["george"], [
        O("person", 80, 150, 220, 420, 0.72), O("woman", 90, 160, 200, 400, 0.41),
        O("horse", 560, 160, 360, 380, 0.79), O("knight", 620, 60, 210, 330, 0.66),
        O("lance", 560, 250, 250, 260, 0.42), O("dragon", 480, 430, 230, 170, 0.45),
        O("tree", 0, 0, 150, 300, 0.35), O("tower", 240, 20, 110, 190, 0.32)],
        note="1000x610. Cosimo Tura, Saint George and the Princess, the two organ shutters side "
             "by side (1469), Museo della Cattedrale Ferrara: on the left shutter the princess "
             "flees in terror, her robes flying, a town on the hill behind; on the right George "
             "on a rearing horse plunges his lance down into the dragon at the horse's feet"),
    S("h5_michael_zafra_prado", ["michael"], [
        O("angel", 110, 80, 420, 760, 0.81), O("knight", 150, 150, 340, 600, 0.52),
        O("sword", 360, 30, 180, 260, 0.55), O("shield", 120, 380, 170, 200, 0.61),
        O("devil", 200, 760, 380, 220, 0.47), O("dragon", 190, 740, 400, 240, 0.36),
        O("person", 20, 760, 120, 200, 0.54)],
        note="630x1000. Master of Zafra, Saint Michael Archangel (c.1495-1500), Prado: the "
             "winged archangel in gilded armour raises his sword, holding up a crystal shield in "
             "which the scene is mirrored, over a winged, clawed devil-monster writhing at his "
             "feet; the small donor kneels at lower left"),
    S("h5_margaret_poussin_turin", ["margaret"], [
        O("person", 200, 250, 300, 600, 0.77), O("dragon", 60, 700, 540, 280, 0.55),
        O("child", 80, 60, 160, 180, 0.62), O("angel", 420, 40, 180, 190, 0.49),
        O("crown", 260, 150, 80, 50, 0.39), O("palm", 470, 120, 60, 180, 0.33)],
        note="660x1000. Nicolas Poussin, Saint Margaret (c.1636-38), Galleria Sabauda Turin: the "
             "saint kneels on the coiling body of the dragon, looking up; putti bring her a "
             "crown and the martyr's palm out of the clouds"),
    # --- altarpieces, triptychs and polyptychs -----------------------------------------------
    S("h5_san_giobbe_bellini", ["madonna", "francis", "baptist", "sebastian", "dominic"], [
        O("person", 200, 330, 160, 300, 0.76), O("child", 240, 420, 70, 110, 0.66),
        O("angel", 180, 660, 60, 120, 0.55), O("angel", 250, 680, 60, 110, 0.58),
        O("angel", 320, 660, 60, 120, 0.49),
        O("monk", 20, 470, 110, 450, 0.63), O("person", 100, 460, 100, 460, 0.61),
        O("cross", 150, 430, 25, 300, 0.30), O("nude", 170, 470, 80, 440, 0.57),
        O("nude", 370, 470, 90, 450, 0.70), O("arrow", 400, 580, 40, 40, 0.32),
        O("monk", 440, 480, 90, 440, 0.50), O("book", 460, 560, 50, 40, 0.36),
        O("person", 470, 460, 80, 460, 0.45), O("mitre", 490, 460, 50, 60, 0.52)],
        note="550x1000. Giovanni Bellini, the San Giobbe Altarpiece (c.1487), Gallerie "
             "dell'Accademia Venice: the Madonna enthroned high in an apse with the Child, three "
             "angel musicians on the step below; at the left Saint Francis showing his stigmata, "
             "John the Baptist and the nude Job; at the right the nude Sebastian with an arrow, "
             "Saint Dominic reading and Saint Louis of Toulouse in mitre and cope"),
    S("h5_medici_madonna_weyden", ["madonna", "peter", "baptist"], [
        O("person", 290, 200, 200, 720, 0.80), O("child", 320, 330, 90, 140, 0.68),
        O("person", 30, 240, 140, 700, 0.66), O("keys", 80, 480, 50, 60, 0.42),
        O("book", 60, 420, 60, 50, 0.35), O("person", 160, 220, 130, 720, 0.64),
        O("person", 510, 230, 120, 700, 0.63), O("person", 620, 260, 130, 680, 0.60),
        O("jug", 560, 440, 40, 60, 0.31),
        O("angel", 290, 20, 80, 160, 0.45), O("angel", 410, 20, 80, 160, 0.42)],
        note="750x1000. Rogier van der Weyden, the Medici Madonna (c.1460-64), Stadel Museum "
             "Frankfurt: the Virgin stands holding the Child under a canopy whose curtains two "
             "angels hold open; at the left Saint Peter with his key and book and John the "
             "Baptist pointing; at the right the physician saints Cosmas and Damian, one with a "
             "urine flask"),
    S("h5_virgo_inter_virgines_david", ["madonna", "catherine", "barbara"], [
        O("person", 420, 120, 170, 380, 0.78), O("child", 460, 220, 80, 100, 0.70),
        O("angel", 360, 40, 70, 90, 0.50), O("angel", 580, 40, 70, 90, 0.46),
        O("person", 80, 150, 140, 380, 0.69), O("lamb", 120, 430, 60, 50, 0.33),
        O("person", 220, 190, 130, 340, 0.66), O("wheel", 240, 400, 70, 60, 0.36),
        O("person", 640, 180, 130, 350, 0.67), O("tower", 700, 140, 40, 70, 0.41),
        O("person", 780, 160, 130, 370, 0.62), O("person", 880, 200, 110, 340, 0.55)],
        ok=["lucy"],
        note="1000x550. Gerard David, The Virgin among the Virgins (Virgo inter Virgines, "
             "1509), Musee des Beaux-Arts Rouen: the Virgin enthroned in the centre with the "
             "Child, two angels making music behind; the virgin saints seated round her, "
             "Catherine at her right with the little wheel on her robe, Barbara at her left with "
             "the tower on her headdress, Agnes with her lamb at the far left, Lucy, Cecilia, "
             "Dorothy and others; the painter and his wife at the corners"),
    S("h5_madonna_foligno_raphael", ["madonna", "baptist", "francis", "jerome"], [
        O("person", 180, 90, 260, 330, 0.79), O("child", 240, 160, 100, 130, 0.67),
        O("angel", 30, 60, 120, 200, 0.38),
        O("person", 20, 470, 150, 470, 0.71), O("cross", 60, 440, 30, 330, 0.39),
        O("monk", 140, 560, 130, 320, 0.62),
        O("person", 430, 480, 160, 460, 0.66), O("lion", 540, 800, 70, 80, 0.37),
        O("person", 330, 640, 130, 280, 0.64),
        O("child", 250, 720, 90, 160, 0.58), O("scroll", 260, 760, 70, 60, 0.34)],
        note="610x1000. Raphael, the Madonna di Foligno (1511-12), Pinacoteca Vaticana: the "
             "Virgin and Child sit on clouds before a disc of sun ringed with angel heads; "
             "below, John the Baptist with his reed cross points up and Saint Francis kneels at "
             "the left; at the right Saint Jerome, his lion half-hidden beside him, presents the "
             "kneeling donor Sigismondo de' Conti; a putto holds a tablet in the centre, the town "
             "of Foligno under a rainbow behind"),
    S("h5_madonna_vittoria_mantegna", ["madonna", "michael", "george"], [
        O("person", 200, 260, 200, 380, 0.77), O("child", 250, 340, 80, 120, 0.66),
        O("angel", 20, 280, 150, 560, 0.58), O("knight", 30, 330, 140, 450, 0.44),
        O("sword", 100, 330, 40, 170, 0.37), O("person", 90, 200, 110, 260, 0.48),
        O("knight", 440, 300, 150, 540, 0.63), O("lance", 530, 200, 25, 420, 0.46),
        O("helmet", 460, 300, 70, 60, 0.35), O("person", 400, 210, 100, 250, 0.43),
        O("knight", 40, 640, 170, 300, 0.69), O("person", 420, 640, 150, 300, 0.61),
        O("child", 380, 590, 60, 130, 0.52), O("cross", 395, 560, 20, 90, 0.31)],
        ok=["andrew", "baptist"],
        note="600x1000. Andrea Mantegna, the Madonna della Vittoria (1496), Louvre: the Virgin "
             "enthroned under a bower of fruit and leaves blesses the Child; at the left the "
             "archangel Michael in armour with his sword and Saint Andrew behind, at the right "
             "Saint George in armour holding his broken lance and Saint Longinus behind; "
             "Francesco Gonzaga kneels in armour at lower left, Saint Elizabeth kneels at the "
             "right with the infant Baptist holding a small cross"),
    S("h5_dombild_lochner_cologne", ["ursula"], [
        O("person", 60, 120, 90, 310, 0.66), O("crown", 85, 110, 40, 30, 0.42),
        O("arrow", 120, 190, 15, 140, 0.35), O("person", 150, 150, 80, 280, 0.57),
        O("person", 20, 170, 60, 260, 0.44), O("person", 180, 140, 80, 290, 0.52),
        O("person", 430, 120, 150, 300, 0.79), O("child", 470, 220, 60, 80, 0.63),
        O("person", 300, 180, 110, 260, 0.70), O("person", 630, 180, 110, 260, 0.68),
        O("crown", 330, 170, 40, 30, 0.39), O("crown", 650, 170, 40, 30, 0.36),
        O("angel", 470, 20, 70, 70, 0.44),
        O("knight", 820, 120, 90, 320, 0.67), O("banner", 860, 20, 60, 200, 0.48),
        O("knight", 900, 150, 80, 280, 0.55), O("knight", 770, 160, 60, 270, 0.41),
        O("lance", 760, 60, 20, 250, 0.33)],
        ok=["madonna"],
        note="1000x480. Stefan Lochner, the Altarpiece of the Patron Saints of Cologne (Dombild, "
             "c.1440-45), Cologne Cathedral, open: centre the Adoration of the Magi, the Virgin "
             "enthroned with the Child between the kneeling kings; left wing Saint Ursula, "
             "crowned, with her arrow, among her virgins and her betrothed Etherius; right wing "
             "Saint Gereon in armour with his banner and his knights"),
    S("h5_barbara_polyptych_palma", ["barbara", "sebastian", "antony-abbot", "baptist"], [
        O("person", 230, 340, 200, 640, 0.80), O("crown", 290, 330, 70, 45, 0.45),
        O("nude", 20, 380, 170, 600, 0.76), O("arrow", 90, 560, 40, 40, 0.33),
        O("monk", 470, 380, 160, 600, 0.62), O("book", 500, 560, 60, 50, 0.38),
        O("staff", 600, 380, 30, 580, 0.41), O("bell", 610, 700, 30, 30, 0.30),
        O("person", 30, 40, 150, 260, 0.55), O("cross", 100, 20, 20, 220, 0.36),
        O("person", 240, 60, 180, 220, 0.60), O("nude", 260, 120, 150, 130, 0.49),
        O("monk", 470, 40, 150, 260, 0.53)],
        ok=["dominic", "pieta"],
        note="650x1000. Palma il Vecchio, the Saint Barbara Polyptych (c.1523-24), Santa Maria "
             "Formosa Venice: in the centre the tall crowned Saint Barbara, cannons at her feet; "
             "at the left Saint Sebastian bound and pierced, at the right Saint Antony Abbot "
             "with his book, staff and bell (no pig); in the upper tier John the Baptist, the "
             "dead Christ mourned (a Pieta) and a Dominican saint (Vincent Ferrer)"),
    S("h5_quaratesi_polyptych_gentile", ["madonna", "magdalene", "nicholas", "baptist", "george"], [
        O("person", 20, 140, 150, 400, 0.67), O("ointment jar", 90, 300, 40, 50, 0.44),
        O("person", 210, 130, 160, 410, 0.64), O("mitre", 260, 110, 60, 60, 0.59),
        O("crozier", 330, 120, 30, 420, 0.51), O("golden balls", 230, 500, 80, 30, 0.38),
        O("book", 220, 300, 50, 50, 0.32),
        O("person", 410, 160, 190, 370, 0.77), O("child", 460, 270, 70, 100, 0.61),
        O("angel", 400, 80, 60, 70, 0.42), O("angel", 540, 80, 60, 70, 0.40),
        O("person", 630, 130, 150, 410, 0.63), O("cross", 720, 120, 20, 300, 0.34),
        O("scroll", 650, 250, 50, 70, 0.31),
        O("knight", 820, 140, 160, 400, 0.68), O("lance", 870, 60, 20, 470, 0.43),
        O("shield", 830, 330, 70, 90, 0.39)],
        note="1000x560. Gentile da Fabriano, the Quaratesi Polyptych (1425), its five main "
             "panels side by side (Madonna: Royal Collection, lent to the National Gallery "
             "London; saints: Uffizi): Mary Magdalene with her ointment jar, Saint Nicholas in "
             "mitre with his crozier and the three golden balls at his feet, the Virgin and "
             "Child with angels, John the Baptist with his cross and scroll, Saint George in "
             "armour with lance and shield (no dragon)"),
    S("h5_sistine_madonna_raphael", ["madonna", "barbara"], [
        O("person", 240, 60, 280, 720, 0.82), O("child", 290, 220, 140, 180, 0.70),
        O("person", 20, 430, 250, 450, 0.69), O("tiara", 170, 820, 70, 80, 0.55),
        O("person", 500, 460, 230, 420, 0.71),
        O("child", 260, 850, 110, 140, 0.63), O("child", 390, 860, 100, 130, 0.58),
        O("angel", 600, 40, 100, 120, 0.33)],
        note="740x1000. Raphael, the Sistine Madonna (1512), Gemaldegalerie Alte Meister "
             "Dresden: the Virgin walks forward on the clouds carrying the Child between drawn "
             "curtains; Pope Sixtus II kneels at the left, his tiara set on the parapet, Saint "
             "Barbara kneels at the right looking down (no tower); two putti lean on the parapet "
             "below, angel heads fill the clouds"),
    S("h5_three_archangels_botticini", ["tobias", "michael"], [
        O("angel", 40, 100, 260, 820, 0.77), O("knight", 60, 200, 220, 520, 0.46),
        O("sword", 120, 300, 60, 420, 0.52),
        O("angel", 350, 80, 280, 850, 0.80), O("person", 560, 260, 160, 640, 0.69),
        O("fish", 560, 600, 80, 50, 0.41), O("ointment jar", 390, 460, 50, 50, 0.30),
        O("angel", 720, 100, 250, 820, 0.74), O("lily", 880, 150, 40, 300, 0.48),
        O("dog", 420, 820, 80, 70, 0.37)],
        note="1000x990. Francesco Botticini, The Three Archangels and Tobias (c.1470), Uffizi: "
             "the archangels stride through a landscape, Michael in armour with his sword at the "
             "left, Raphael in the centre holding the young Tobias by the hand, Tobias carrying "
             "the fish, his little dog at their feet, Gabriel with the lily at the right"),
    S("h5_pearl_of_brabant_bouts", ["christopher", "baptist"], [
        O("person", 40, 100, 150, 460, 0.63), O("lamb", 60, 300, 60, 50, 0.47),
        O("book", 80, 260, 50, 40, 0.33),
        O("person", 330, 220, 120, 300, 0.73), O("child", 360, 310, 60, 70, 0.58),
        O("person", 480, 190, 110, 340, 0.68), O("person", 600, 200, 110, 330, 0.61),
        O("person", 250, 250, 90, 280, 0.55), O("crown", 510, 180, 40, 30, 0.32),
        O("person", 800, 120, 150, 420, 0.69), O("child", 840, 80, 60, 70, 0.52),
        O("staff", 930, 40, 30, 520, 0.44), O("lamp", 900, 40, 20, 20, 0.31)],
        ok=["madonna"],
        note="1000x620. Dieric Bouts, The Pearl of Brabant triptych (c.1465), Alte Pinakothek "
             "Munich, open: centre the Adoration of the Magi; left wing John the Baptist in the "
             "wilderness with the lamb on his book; right wing Saint Christopher wading through "
             "the river with the Christ Child on his shoulders, leaning on his staff, the hermit "
             "with his lantern on the far bank"),
    # --- single saints ---------------------------------------------------------------------
    S("h5_jerome_writing_caravaggio", ["jerome"], [
        O("person", 520, 100, 450, 560, 0.74), O("nude", 560, 180, 350, 420, 0.41),
        O("skull", 60, 260, 130, 120, 0.71), O("book", 150, 300, 260, 140, 0.62),
        O("book", 370, 330, 180, 100, 0.45), O("pen", 440, 300, 40, 60, 0.30)],
        note="1000x710. Caravaggio, Saint Jerome Writing (1605-06), Galleria Borghese Rome: the "
             "old, bald saint, bare-chested in a red cloak, leans across a table to dip his pen, "
             "reading from a great book; a skull rests on the books at the left (no lion, no "
             "cardinal's hat)"),
    S("h5_peter_tears_el_greco_bowes", ["peter"], [
        O("person", 180, 120, 560, 860, 0.78), O("keys", 170, 760, 90, 120, 0.49),
        O("prayer", 380, 440, 150, 160, 0.46), O("angel", 40, 360, 80, 110, 0.34),
        O("person", 60, 470, 60, 110, 0.31)],
        ok=["magdalene"],
        note="830x1000. El Greco, The Tears of Saint Peter (c.1580-89), Bowes Museum Barnard "
             "Castle: the repentant apostle, half-length, clasps his hands and looks up in "
             "tears, his keys hanging at his side; in the distance at the left the angel at the "
             "empty tomb and the small Magdalene coming away"),
    S("h5_paul_valentin_houston", ["paul"], [
        O("person", 260, 60, 520, 660, 0.80), O("book", 560, 420, 260, 160, 0.57),
        O("pen", 520, 360, 50, 70, 0.35), O("sword", 160, 200, 70, 520, 0.48),
        O("book", 720, 300, 160, 120, 0.39), O("scroll", 620, 560, 110, 80, 0.30)],
        note="1000x740. Valentin de Boulogne, Saint Paul Writing his Epistles (c.1618-20), "
             "Museum of Fine Arts Houston: the bearded apostle sits at a table, pen in hand, "
             "over an open book among papers, his sword propped against the table at the left"),
    S("h5_baptist_leonardo_louvre", ["baptist"], [
        O("person", 120, 150, 640, 850, 0.75), O("nude", 150, 400, 500, 450, 0.36),
        O("cross", 560, 300, 70, 500, 0.33), O("hands", 320, 60, 120, 240, 0.41)],
        note="830x1000. Leonardo da Vinci, Saint John the Baptist (c.1513-16), Louvre: the "
             "smiling youth emerges from darkness, half-length, in a pelt, his right hand "
             "pointing up, a thin reed cross in the crook of his left arm (no lamb)"),
    S("h5_evangelist_patmos_titian_washington", ["evangelist"], [
        O("person", 250, 300, 520, 560, 0.72), O("eagle", 650, 430, 250, 260, 0.58),
        O("book", 300, 700, 160, 120, 0.44), O("god the father", 300, 0, 420, 280, 0.49),
        O("angel", 180, 60, 120, 150, 0.40), O("angel", 700, 40, 120, 140, 0.37)],
        note="1000x900. Titian, Saint John the Evangelist on Patmos (c.1547), ceiling canvas, "
             "National Gallery of Art Washington, seen from below: the saint kneels with arms "
             "flung wide, looking up to God the Father in the clouds with angels; his eagle "
             "spreads its wings beside him, his book at his knee"),
    S("h5_magdalene_piero_di_cosimo", ["magdalene"], [
        O("person", 120, 100, 520, 860, 0.81), O("book", 230, 620, 260, 200, 0.64),
        O("ointment jar", 600, 720, 100, 130, 0.43), O("halo", 280, 70, 200, 60, 0.32)],
        note="750x1000. Piero di Cosimo, Mary Magdalene (c.1490-95), Galleria Nazionale d'Arte "
             "Antica (Palazzo Barberini) Rome: a young woman in a rich dress reads a book behind "
             "a parapet, a faint halo above her head and her ointment jar standing on the ledge "
             "at the right"),
    S("h5_lucy_beccafumi_siena", ["lucy"], [
        O("person", 130, 120, 420, 840, 0.79), O("dish", 380, 430, 120, 70, 0.39),
        O("palm", 150, 200, 60, 300, 0.34), O("halo", 240, 100, 150, 60, 0.36)],
        note="650x1000. Domenico Beccafumi, Saint Lucy (1521), Pinacoteca Nazionale Siena: the "
             "saint, enthroned against a gold ground, holds a dish with her eyes and a palm"),
    S("h5_agatha_lanfranco_parma", ["agatha", "peter"], [
        O("person", 540, 200, 380, 520, 0.72), O("nude", 560, 300, 260, 320, 0.38),
        O("person", 80, 120, 400, 600, 0.75), O("jug", 340, 420, 60, 70, 0.37),
        O("child", 300, 140, 150, 300, 0.55), O("angel", 300, 140, 150, 300, 0.42),
        O("candle", 370, 110, 40, 110, 0.46)],
        note="1000x760. Giovanni Lanfranco, Saint Peter Healing Saint Agatha (c.1613-14), "
             "Galleria Nazionale Parma: in the dark prison the young Agatha sits at the right, "
             "her mutilated breast covered with a cloth; the old apostle Peter bends in from the "
             "left with a pot of ointment, a boy angel between them holds up a torch"),
    S("h5_apollonia_fouquet_chantilly", ["apollonia"], [
        O("nude", 180, 560, 340, 120, 0.52), O("person", 300, 450, 110, 230, 0.61),
        O("pincers", 330, 560, 60, 40, 0.38), O("person", 110, 460, 100, 220, 0.58),
        O("person", 450, 470, 100, 210, 0.55), O("person", 520, 440, 90, 240, 0.49),
        O("person", 560, 560, 110, 260, 0.53), O("book", 590, 600, 40, 40, 0.33),
        O("staff", 640, 520, 15, 200, 0.30), O("person", 320, 250, 90, 180, 0.46),
        O("crown", 340, 250, 40, 30, 0.35), O("person", 60, 140, 70, 120, 0.36),
        O("person", 600, 150, 70, 110, 0.34), O("angel", 0, 180, 120, 170, 0.39),
        O("devil", 620, 280, 100, 130, 0.40)],
        note="720x1000. Jean Fouquet, The Martyrdom of Saint Apollonia (Hours of Etienne "
             "Chevalier, c.1452-60), Musee Conde Chantilly: staged as a mystery play, the saint "
             "lies bound on a plank while one torturer pulls her teeth with pincers and others "
             "pull her hair and limbs; the director with his book and baton stands at right, the "
             "emperor on his scaffold above, heaven with angels at the left and the mouth of "
             "hell with devils at the right"),
    S("h5_catherine_martyrdom_cranach_dresden", ["catherine"], [
        O("person", 380, 420, 200, 380, 0.73), O("crown", 430, 400, 70, 45, 0.51),
        O("person", 520, 220, 200, 560, 0.69), O("sword", 560, 100, 140, 300, 0.58),
        O("wheel", 90, 300, 220, 220, 0.52), O("person", 60, 560, 180, 240, 0.57),
        O("person", 230, 640, 140, 200, 0.48), O("horse", 760, 420, 220, 300, 0.71),
        O("knight", 780, 300, 160, 300, 0.60), O("horse", 640, 400, 160, 230, 0.45),
        O("tower", 780, 20, 120, 200, 0.41)],
        note="1000x900. Lucas Cranach the Elder, The Martyrdom of Saint Catherine (1506), "
             "Gemaldegalerie Alte Meister Dresden: the crowned saint kneels in prayer as the "
             "executioner raises his sword behind her; at the left the wheel is shattered by "
             "fire from heaven and the torturers tumble; horsemen watch at the right, a castle "
             "on a rock above"),
    S("h5_francis_ecstasy_caravaggio", ["francis"], [
        O("monk", 150, 300, 450, 380, 0.66), O("angel", 460, 150, 330, 450, 0.74),
        O("person", 40, 300, 80, 120, 0.35), O("tree", 820, 0, 180, 400, 0.44)],
        note="1000x720. Caravaggio, Saint Francis of Assisi in Ecstasy (c.1595), Wadsworth "
             "Atheneum Hartford: at night, the saint in his brown habit swoons backwards, "
             "supported by an angel; Brother Leo small in the dark at the left"),
    S("h5_antony_padua_el_greco_prado", ["antony-padua"], [
        O("monk", 150, 140, 480, 860, 0.74), O("book", 240, 360, 150, 120, 0.52),
        O("child", 260, 230, 80, 150, 0.44), O("lily", 500, 300, 70, 400, 0.50)],
        note="760x1000. El Greco, Saint Anthony of Padua (c.1580), Prado: the Franciscan stands "
             "in his grey habit holding an open book on which the tiny Christ Child stands, a "
             "spray of lilies in his other hand"),
    S("h5_dominic_auto_da_fe_berruguete", ["dominic"], [
        O("monk", 120, 160, 150, 260, 0.62), O("book", 170, 270, 50, 40, 0.33),
        O("monk", 40, 190, 90, 220, 0.55), O("monk", 260, 190, 80, 210, 0.49),
        O("person", 330, 200, 100, 200, 0.46), O("nude", 380, 560, 80, 250, 0.53),
        O("nude", 460, 540, 80, 260, 0.47), O("person", 260, 700, 80, 230, 0.52),
        O("knight", 60, 600, 90, 260, 0.50), O("lance", 100, 480, 20, 300, 0.37),
        O("horse", 200, 820, 130, 140, 0.36)],
        note="600x1000. Pedro Berruguete, Saint Dominic Presiding over an Auto-da-fe (c.1493-99), "
             "Prado: the saint sits enthroned under a canopy on a high platform among friars and "
             "judges, a book in his hand; below, condemned heretics are tied to stakes and "
             "others led away in penitential caps by soldiers with lances (no dog)"),
    S("h5_antony_torment_michelangelo", ["antony-abbot"], [
        O("monk", 230, 300, 250, 360, 0.58), O("person", 230, 300, 250, 360, 0.42),
        O("devil", 60, 180, 180, 210, 0.57), O("devil", 440, 170, 210, 230, 0.55),
        O("devil", 150, 580, 200, 160, 0.49), O("devil", 470, 560, 200, 200, 0.46),
        O("dragon", 450, 550, 220, 220, 0.35), O("fish", 500, 620, 90, 70, 0.31)],
        note="740x1000. Michelangelo, The Torment of Saint Anthony (c.1487-88), Kimbell Art "
             "Museum Fort Worth: high over a rocky landscape the old hermit is borne up and "
             "tormented by a swarm of demons, horned, winged, scaled like fish (no pig)"),
    S("h5_laurence_bronzino_san_lorenzo", ["laurence"], [
        O("nude", 390, 400, 250, 130, 0.61), O("gridiron", 360, 460, 320, 100, 0.45),
        O("nude", 60, 200, 130, 380, 0.70), O("nude", 190, 230, 110, 350, 0.63),
        O("nude", 700, 200, 120, 380, 0.66), O("nude", 830, 180, 120, 400, 0.64),
        O("nude", 560, 200, 110, 300, 0.55), O("person", 70, 80, 100, 190, 0.41),
        O("crown", 95, 70, 40, 30, 0.30), O("angel", 420, 10, 150, 150, 0.52),
        O("child", 260, 20, 80, 100, 0.40), O("palm", 480, 30, 40, 110, 0.33)],
        note="1000x620. Agnolo Bronzino, The Martyrdom of Saint Lawrence (1569), fresco, San "
             "Lorenzo Florence: the saint reclines on the gridiron in the centre among crowds of "
             "muscular nude figures stoking the fire and looking on; the emperor Valerian on "
             "his throne at upper left; an angel with a palm and putti descend above"),
    S("h5_roch_healing_tintoretto", ["roch"], [
        O("person", 340, 80, 120, 300, 0.62), O("staff", 330, 90, 20, 260, 0.36),
        O("nude", 40, 260, 260, 150, 0.68), O("nude", 520, 270, 240, 140, 0.61),
        O("nude", 760, 230, 200, 180, 0.55), O("person", 160, 110, 90, 170, 0.50),
        O("person", 640, 100, 80, 180, 0.47), O("person", 880, 120, 90, 190, 0.45)],
        note="1000x460. Jacopo Tintoretto, Saint Roch Healing the Plague Victims (1549), San "
             "Rocco Venice: the saint with his pilgrim's staff stands among the sick in a "
             "plague hospital, blessing; half-naked victims lie and sit in the foreground, "
             "attendants bend over them (no dog)"),
    S("h5_andrew_ribera_prado", ["andrew"], [
        O("person", 120, 150, 560, 820, 0.77), O("nude", 180, 320, 380, 400, 0.38),
        O("x-shaped cross", 50, 40, 680, 700, 0.47)],
        note="770x1000. Jusepe de Ribera, Saint Andrew (c.1631), Prado: the old apostle, "
             "half-length and bare-chested, leans on the wooden beams of his X-shaped cross"),
    S("h5_bartholomew_tiepolo_san_stae", ["bartholomew"], [
        O("nude", 180, 200, 360, 620, 0.72), O("person", 470, 380, 300, 520, 0.66),
        O("knife", 480, 430, 80, 60, 0.42), O("person", 560, 60, 180, 300, 0.48),
        O("angel", 40, 40, 130, 130, 0.34)],
        note="830x1000. Giambattista Tiepolo, The Martyrdom of Saint Bartholomew (1722), San "
             "Stae Venice: the bound, half-naked apostle looks up in anguish while the "
             "executioner at the right bends to his arm with the flaying knife; a soldier "
             "watches above"),
    # --- Christ ----------------------------------------------------------------------------
    S("h5_crucifixion_diptych_weyden", ["crucifixion"], [
        O("person", 120, 380, 200, 550, 0.70), O("person", 260, 330, 180, 600, 0.68),
        O("cross", 620, 60, 300, 880, 0.59), O("crucifixion", 620, 60, 300, 880, 0.56),
        O("nude", 650, 130, 240, 420, 0.66), O("skull", 740, 890, 60, 50, 0.37)],
        note="1000x970. Rogier van der Weyden, The Crucifixion Diptych (c.1460), Philadelphia "
             "Museum of Art, the two panels side by side: at the left the swooning Virgin "
             "supported by John the Evangelist, at the right Christ on the cross, a skull and "
             "bone at its foot, both against red cloths hung over a grey wall"),
    S("h5_man_of_sorrows_mantegna", ["man-of-sorrows"], [
        O("nude", 150, 150, 330, 700, 0.73), O("person", 150, 150, 330, 700, 0.45),
        O("angel", 20, 200, 160, 420, 0.64), O("angel", 450, 230, 150, 400, 0.60)],
        note="620x1000. Andrea Mantegna, Christ as the Suffering Redeemer (c.1495-1500), "
             "Statens Museum for Kunst Copenhagen: the dead Christ, showing his wounds, sits on "
             "the edge of his sarcophagus held up by a cherub and a seraph; quarry-men at work "
             "in the landscape behind (no crown of thorns picked out)"),
    S("h5_baptism_gerard_david_bruges", ["baptism"], [
        O("nude", 260, 330, 180, 480, 0.74), O("person", 460, 290, 200, 520, 0.70),
        O("angel", 40, 380, 200, 420, 0.66), O("dove", 330, 170, 60, 50, 0.38),
        O("god the father", 280, 0, 180, 140, 0.51), O("tree", 560, 0, 170, 380, 0.43)],
        note="730x1000. Gerard David, The Baptism of Christ (central panel of the Triptych of "
             "Jean des Trompes, c.1502-08), Groeningemuseum Bruges: Christ stands in the river, "
             "John kneels on the bank at the right pouring the water, an angel holds his robe at "
             "the left; God the Father and the dove above, a deep wooded landscape"),
    S("h5_trinity_ribera_prado", ["trinity"], [
        O("god the father", 240, 40, 340, 380, 0.69), O("nude", 130, 380, 520, 400, 0.71),
        O("holy shroud", 100, 560, 600, 250, 0.44), O("dove", 370, 10, 70, 60, 0.40),
        O("angel", 600, 260, 140, 150, 0.45), O("child", 40, 300, 120, 150, 0.38)],
        note="800x1000. Jusepe de Ribera, The Holy Trinity (c.1635), Prado: God the Father "
             "holds the body of the dead Christ laid out on a white shroud across his knees, the "
             "dove of the Holy Spirit above, cherubs in the clouds"),
    # --- Mary ------------------------------------------------------------------------------
    S("h5_annunciation_simone_martini", ["annunciation"], [
        O("angel", 270, 250, 200, 420, 0.81), O("person", 560, 260, 190, 440, 0.77),
        O("book", 580, 470, 60, 50, 0.39), O("lily", 450, 420, 70, 150, 0.46),
        O("dove", 440, 160, 50, 40, 0.33), O("angel", 350, 40, 300, 100, 0.40),
        O("palm", 300, 200, 60, 120, 0.35),
        O("person", 40, 220, 150, 500, 0.62), O("banner", 60, 140, 80, 260, 0.47),
        O("person", 830, 230, 140, 480, 0.60), O("cross", 900, 300, 20, 150, 0.30)],
        ok=["margaret"],
        note="1000x870. Simone Martini and Lippo Memmi, The Annunciation with Saints Ansanus and "
             "Margaret (1333), Uffizi: on a gold ground Gabriel kneels at the left with an "
             "olive branch, the Virgin shrinks back on her throne at the right, her book in "
             "hand, a vase of lilies between them, the dove among seraphim above; in the side "
             "panels Saint Ansanus with his banner and Saint Margaret with a small cross"),
    S("h5_annunciation_angelico_prado", ["annunciation"], [
        O("angel", 400, 300, 240, 420, 0.78), O("person", 700, 310, 220, 430, 0.74),
        O("book", 730, 500, 50, 40, 0.30), O("dove", 500, 220, 40, 30, 0.32),
        O("bird", 470, 200, 30, 30, 0.31), O("nude", 60, 520, 110, 260, 0.60),
        O("nude", 160, 540, 100, 240, 0.57), O("angel", 120, 330, 150, 200, 0.50),
        O("tree", 0, 0, 330, 480, 0.55)],
        ok=["fall"],
        note="1000x1000. Fra Angelico, The Annunciation (c.1425-26), Prado, main panel: Gabriel "
             "bows before the Virgin in a vaulted loggia, a ray with the dove coming from the "
             "hands of God, a swallow on the tie-rod; at the left, in the garden, Adam and Eve "
             "are driven out of paradise by an angel"),
    S("h5_coronation_oddi_raphael", ["coronation"], [
        O("person", 310, 80, 150, 240, 0.66), O("person", 160, 90, 150, 240, 0.69),
        O("crown", 270, 60, 60, 40, 0.48), O("angel", 20, 60, 110, 180, 0.55),
        O("angel", 500, 60, 100, 180, 0.52), O("child", 230, 20, 150, 70, 0.34),
        O("person", 20, 470, 110, 480, 0.67), O("person", 120, 450, 100, 460, 0.63),
        O("person", 220, 480, 100, 440, 0.60), O("person", 320, 470, 100, 450, 0.62),
        O("person", 420, 460, 110, 470, 0.65), O("person", 510, 480, 90, 460, 0.58),
        O("book", 60, 620, 50, 50, 0.33), O("keys", 140, 640, 40, 50, 0.31)],
        note="610x1000. Raphael, The Coronation of the Virgin (Oddi Altarpiece, 1502-04), "
             "Pinacoteca Vaticana: above, Christ crowns the Virgin seated beside him on the "
             "clouds among angel musicians and cherubs; below, the apostles stand round her "
             "empty tomb, filled with flowers, Thomas holding her girdle, Peter with his keys"),
    S("h5_flight_tintoretto_san_rocco", ["flight"], [
        O("donkey", 280, 320, 330, 300, 0.73), O("person", 320, 180, 200, 280, 0.72),
        O("child", 360, 260, 70, 80, 0.48), O("person", 560, 230, 150, 380, 0.64),
        O("tree", 760, 0, 240, 500, 0.52), O("tree", 0, 0, 200, 400, 0.44),
        O("person", 850, 480, 40, 80, 0.30)],
        note="1000x730. Jacopo Tintoretto, The Flight into Egypt (1582-87), Sala Terrena of the "
             "Scuola Grande di San Rocco Venice: the Virgin with the Child rides the donkey led "
             "by Joseph along a path in a broad river landscape, a small figure by the water at "
             "the right"),
    S("h5_pieta_carracci_naples", ["pieta"], [
        O("person", 330, 120, 380, 600, 0.76), O("nude", 100, 430, 640, 330, 0.74),
        O("child", 640, 520, 160, 250, 0.58), O("child", 760, 430, 150, 230, 0.51),
        O("crown of thorns", 200, 790, 90, 60, 0.35), O("holy shroud", 80, 620, 600, 200, 0.39)],
        note="1000x950. Annibale Carracci, Pieta (1599-1600), Museo di Capodimonte Naples: the "
             "Virgin sits with arms spread before the tomb, the dead Christ lying across her "
             "lap on the shroud; one putto touches the thorn-wound of his hand, another weeps; "
             "the crown of thorns and nails lie on the ground"),
    S("h5_nativity_barocci_prado", ["nativity"], [
        O("person", 300, 350, 270, 450, 0.77), O("child", 220, 640, 140, 110, 0.51),
        O("person", 560, 220, 170, 420, 0.62), O("cow", 40, 400, 200, 220, 0.55),
        O("donkey", 60, 300, 160, 180, 0.43), O("shepherd", 620, 300, 100, 220, 0.36)],
        note="780x1000. Federico Barocci, The Nativity (1597), Prado: the Virgin kneels with "
             "open arms before the manger where the Child glows; Joseph at the door shows in the "
             "shepherds; the ox and the ass at the left in the half-dark"),
    # --- Old Testament ---------------------------------------------------------------------
    S("h5_judith_mantegna_washington", ["judith"], [
        O("person", 150, 120, 280, 780, 0.78), O("judith", 150, 120, 280, 780, 0.42),
        O("sword", 350, 140, 60, 330, 0.56), O("head", 230, 500, 90, 90, 0.49),
        O("person", 370, 420, 200, 480, 0.66)],
        note="600x1000. Andrea Mantegna, Judith and Holofernes (c.1495-1500), National Gallery "
             "of Art Washington: at the entrance of the tent Judith, sword in hand, drops the "
             "head of Holofernes into the sack held open by her old maid; his foot shows on the "
             "bed behind"),
    S("h5_david_gentileschi_spada", ["david"], [
        O("person", 200, 150, 420, 700, 0.79), O("nude", 260, 300, 300, 300, 0.35),
        O("head", 120, 620, 300, 250, 0.61), O("sword", 460, 480, 300, 150, 0.50)],
        note="820x1000. Orazio Gentileschi, David Contemplating the Head of Goliath (c.1610-12), "
             "Galleria Spada Rome: the young David leans over the giant's huge severed head on "
             "a rock, Goliath's great sword beside him"),
    S("h5_garden_eden_brueghel_rubens", ["fall"], [
        O("nude", 700, 180, 110, 330, 0.77), O("nude", 590, 200, 100, 310, 0.75),
        O("tree", 580, 0, 260, 450, 0.60), O("apple", 660, 220, 25, 25, 0.34),
        O("serpent", 640, 120, 60, 90, 0.31), O("horse", 120, 300, 220, 200, 0.70),
        O("lion", 360, 470, 160, 110, 0.55), O("deer", 280, 240, 130, 140, 0.50),
        O("cat", 530, 530, 60, 50, 0.37), O("dog", 440, 560, 80, 60, 0.42),
        O("monkey", 500, 150, 50, 60, 0.33), O("bird", 100, 120, 60, 50, 0.46),
        O("bird", 850, 400, 70, 60, 0.40), O("cow", 30, 470, 160, 120, 0.48),
        O("swan", 230, 570, 70, 50, 0.32)],
        note="1000x650. Jan Brueghel the Elder and Peter Paul Rubens, The Garden of Eden with "
             "the Fall of Man (c.1615), Mauritshuis The Hague: at the right Rubens's Adam and "
             "Eve under the tree, Eve handing him the apple, the serpent in the branches; the "
             "rest of the paradise landscape is Brueghel's, full of animals: a grey horse, lions "
             "and leopards, deer, cattle, a cat, a dog, monkeys, parrots and ducks by a pool"),
    S("h5_isaac_domenichino_prado", ["isaac"], [
        O("person", 380, 160, 330, 600, 0.75), O("knife", 600, 140, 60, 80, 0.39),
        O("angel", 620, 40, 330, 330, 0.70), O("person", 260, 450, 200, 330, 0.60),
        O("nude", 260, 450, 200, 330, 0.37), O("sheep", 40, 560, 170, 150, 0.45),
        O("lamb", 40, 560, 170, 150, 0.33)],
        note="1000x950. Domenichino, The Sacrifice of Isaac (c.1627-28), Prado: Abraham raises "
             "the knife over the kneeling, bound Isaac on the altar; the angel swoops in from "
             "the right and seizes his arm, pointing to the ram at the left"),
    # --- mythology -------------------------------------------------------------------------
    S("h5_europa_boucher_louvre", ["europa"], [
        O("nude", 380, 250, 200, 330, 0.74), O("cow", 320, 430, 330, 250, 0.62),
        O("nude", 620, 300, 170, 320, 0.69), O("nude", 120, 380, 170, 300, 0.63),
        O("child", 440, 40, 110, 110, 0.55), O("child", 580, 60, 100, 100, 0.49),
        O("eagle", 200, 40, 110, 90, 0.38)],
        note="1000x830. Francois Boucher, The Rape of Europa (1747), Louvre: Europa sits on the "
             "garlanded white bull at the water's edge, her companions around her, putti "
             "flying with garlands overhead, Jupiter's eagle in the clouds"),
    S("h5_perseus_doom_fulfilled_burne_jones", ["perseus"], [
        O("knight", 360, 200, 260, 560, 0.72), O("helmet", 420, 200, 80, 80, 0.40),
        O("sword", 520, 120, 120, 180, 0.51), O("serpent", 150, 150, 650, 800, 0.58),
        O("dragon", 150, 150, 650, 800, 0.46), O("nude", 30, 200, 180, 650, 0.76)],
        note="900x1000. Edward Burne-Jones, The Doom Fulfilled (Perseus series, 1888), "
             "Staatsgalerie Stuttgart: Perseus in dark armour, caught in the coils of the sea "
             "serpent, drives his sword into its head; the nude Andromeda stands chained to the "
             "rock at the left"),
    S("h5_paris_watteau_louvre", ["paris"], [
        O("nude", 220, 250, 200, 620, 0.79), O("person", 450, 430, 180, 420, 0.62),
        O("apple", 450, 500, 30, 30, 0.30), O("child", 170, 700, 120, 160, 0.45),
        O("person", 20, 350, 150, 400, 0.51), O("shield", 60, 560, 100, 120, 0.42),
        O("helmet", 90, 300, 60, 60, 0.33), O("person", 520, 220, 100, 220, 0.37),
        O("bird", 0, 260, 80, 80, 0.31)],
        note="660x1000. Antoine Watteau, The Judgement of Paris (c.1718-21), Louvre: Venus, "
             "seen from behind, lets fall her drapery before the seated Paris, who holds out "
             "the apple; Cupid at her feet, Minerva with her shield and helmet and Juno with "
             "her peacock at the left, Mercury behind Paris"),
    S("h5_orpheus_potter_rijksmuseum", ["orpheus"], [
        O("person", 140, 280, 160, 270, 0.68), O("lyre", 230, 340, 60, 80, 0.35),
        O("lion", 340, 440, 150, 100, 0.53), O("horse", 520, 250, 200, 170, 0.64),
        O("cow", 720, 400, 220, 150, 0.60), O("deer", 480, 430, 140, 120, 0.49),
        O("dog", 300, 560, 80, 60, 0.41), O("sheep", 620, 560, 100, 70, 0.44),
        O("bird", 160, 80, 50, 40, 0.37), O("elephant", 820, 240, 100, 80, 0.32),
        O("monkey", 80, 520, 50, 60, 0.31), O("tree", 0, 0, 260, 500, 0.56)],
        note="1000x750. Paulus Potter, Orpheus Charming the Animals (1650), Rijksmuseum: "
             "Orpheus sits at the left under the trees playing, and the beasts gather round him "
             "in a meadow: a lion, a horse, cattle, deer, a dog, sheep, birds, a monkey, an "
             "elephant in the distance"),
    S("h5_centaurs_ricci_getty", ["centauromachy"], [
        O("centaur", 120, 200, 330, 400, 0.66), O("centaur", 560, 150, 350, 450, 0.58),
        O("horse", 560, 300, 340, 300, 0.40), O("nude", 160, 150, 150, 200, 0.55),
        O("nude", 650, 120, 170, 230, 0.60), O("person", 400, 250, 170, 450, 0.68),
        O("person", 830, 250, 160, 430, 0.59), O("shield", 420, 340, 70, 80, 0.31),
        O("jug", 470, 650, 60, 70, 0.33), O("dish", 520, 700, 70, 40, 0.31)],
        note="1000x780. Sebastiano Ricci, The Battle of the Lapiths and Centaurs (c.1705), J. "
             "Paul Getty Museum Los Angeles: at the wedding feast the centaurs carry off the "
             "women while the Lapiths strike at them; the table overturned, vessels and dishes "
             "scattered on the ground"),
    # ================== near misses and subjects without a rule (23) ========================
    S("h5_olivares_velazquez_prado", [], [
        O("horse", 120, 280, 560, 560, 0.86), O("knight", 260, 120, 260, 420, 0.64),
        O("helmet", 300, 110, 110, 70, 0.30), O("staff", 470, 250, 80, 60, 0.32),
        O("tree", 620, 0, 140, 500, 0.46), O("person", 20, 820, 120, 120, 0.30)],
        note="760x1000. Diego Velazquez, The Count-Duke of Olivares on Horseback (c.1636), "
             "Prado: the minister in armour and a plumed hat on a rearing bay horse turns to "
             "look at us, baton in hand; a battle smokes in the valley below"),
    S("h5_charles_i_st_antoine_van_dyck", [], [
        O("horse", 90, 300, 480, 560, 0.85), O("knight", 230, 130, 200, 420, 0.70),
        O("person", 500, 420, 160, 500, 0.62), O("helmet", 560, 470, 70, 70, 0.55),
        O("shield", 600, 760, 110, 130, 0.47), O("crown", 610, 740, 40, 30, 0.33),
        O("staff", 330, 300, 80, 50, 0.30)],
        note="730x1000. Anthony van Dyck, Charles I with Monsieur de St Antoine (1633), Royal "
             "Collection: the king in armour rides a white horse through a triumphal arch, "
             "baton in hand; his riding master walks beside him carrying his helmet; the royal "
             "arms with a crown on a shield at lower right"),
    S("h5_amazons_rubens_munich", [], [
        O("horse", 180, 150, 260, 240, 0.74), O("horse", 450, 120, 280, 230, 0.70),
        O("horse", 720, 200, 220, 220, 0.61), O("knight", 250, 60, 130, 220, 0.58),
        O("person", 500, 40, 130, 200, 0.55), O("nude", 300, 480, 160, 160, 0.57),
        O("nude", 580, 500, 140, 160, 0.51), O("head", 560, 30, 50, 50, 0.34),
        O("sword", 380, 40, 80, 100, 0.42), O("lance", 650, 20, 200, 150, 0.39),
        O("shield", 420, 130, 60, 70, 0.36)],
        note="1000x730. Peter Paul Rubens, The Battle of the Amazons (c.1615), Alte Pinakothek "
             "Munich: Greek and Amazon riders clash on a bridge, horses rearing, swords and "
             "lances raised, a severed head held aloft; women and horses tumble into the river "
             "below"),
    S("h5_wolf_fox_hunt_rubens", [], [
        O("horse", 120, 100, 300, 320, 0.79), O("horse", 640, 80, 280, 340, 0.72),
        O("person", 180, 30, 160, 250, 0.66), O("person", 660, 20, 150, 240, 0.60),
        O("woman", 720, 40, 100, 200, 0.44), O("lance", 340, 150, 250, 260, 0.58),
        O("dog", 120, 430, 180, 130, 0.61), O("dog", 500, 420, 170, 150, 0.48),
        O("dog", 350, 380, 180, 180, 0.36), O("bear", 430, 350, 200, 180, 0.33),
        O("person", 440, 200, 120, 300, 0.57)],
        note="1000x650. Peter Paul Rubens, Wolf and Fox Hunt (c.1616), Metropolitan Museum New "
             "York: riders and huntsmen on foot spear a snarling wolf at bay in the centre, "
             "hounds at its throat, a fox slinking away; a lady on horseback at the right"),
    S("h5_threatened_swan_asselijn", [], [
        O("swan", 220, 120, 620, 560, 0.90), O("dog", 20, 560, 180, 120, 0.55),
        O("bird", 830, 700, 70, 60, 0.32)],
        note="1000x840. Jan Asselijn, The Threatened Swan (c.1650), Rijksmuseum: a great white "
             "swan spreads its wings and hisses to defend its nest against a dog swimming up at "
             "the lower left"),
    S("h5_ploughing_nivernais_bonheur", [], [
        O("cow", 20, 200, 170, 140, 0.71), O("cow", 170, 190, 170, 140, 0.69),
        O("cow", 330, 170, 170, 150, 0.74), O("cow", 520, 210, 170, 140, 0.66),
        O("cow", 680, 200, 170, 140, 0.63), O("cow", 820, 190, 160, 140, 0.59),
        O("person", 480, 180, 60, 150, 0.50), O("person", 900, 160, 60, 150, 0.41),
        O("tree", 700, 0, 300, 170, 0.38)],
        note="1000x520. Rosa Bonheur, Ploughing in the Nivernais (1849), Musee d'Orsay: two "
             "teams of white and tawny oxen drag ploughs up a sunlit slope, the ploughmen "
             "walking beside them"),
    S("h5_venus_adonis_titian_prado", [], [
        O("nude", 300, 300, 300, 420, 0.82), O("person", 520, 160, 250, 640, 0.74),
        O("lance", 620, 100, 60, 500, 0.49), O("dog", 720, 540, 150, 180, 0.62),
        O("dog", 620, 620, 120, 150, 0.47), O("child", 60, 420, 140, 160, 0.55),
        O("bow", 100, 360, 90, 70, 0.35), O("arrow", 50, 380, 60, 60, 0.31),
        O("tree", 0, 0, 260, 600, 0.52)],
        note="1000x900. Titian, Venus and Adonis (1554), Prado: the nude Venus, seen from "
             "behind, clings to Adonis as he strides off to the hunt with his spear and hounds; "
             "Cupid sleeps under a tree at the left, his bow and quiver hung up"),
    S("h5_death_actaeon_titian_london", [], [
        O("person", 140, 180, 300, 600, 0.77), O("bow", 360, 160, 150, 250, 0.54),
        O("person", 660, 260, 180, 400, 0.55), O("deer", 650, 250, 190, 150, 0.39),
        O("dog", 600, 480, 160, 160, 0.60), O("dog", 760, 520, 170, 150, 0.52),
        O("tree", 420, 0, 400, 500, 0.47)],
        note="1000x900. Titian, The Death of Actaeon (c.1559-75), National Gallery London: "
             "Diana strides along the bank at the left, bow raised; across the stream Actaeon, "
             "his head already turned to a stag's, is pulled down by his own hounds"),
    S("h5_vigee_le_brun_daughter_louvre", [], [
        O("woman", 120, 180, 480, 780, 0.86), O("person", 120, 180, 480, 780, 0.51),
        O("child", 230, 350, 300, 500, 0.78)],
        note="720x1000. Elisabeth Vigee Le Brun, Madame Vigee Le Brun and her Daughter, "
             "Jeanne-Lucie-Louise (1789), Louvre: the painter, in a Greek-style dress, holds "
             "her daughter in her arms, the girl's cheek against hers"),
    S("h5_visitation_pontormo", [], [
        O("person", 100, 150, 280, 800, 0.80), O("person", 360, 140, 290, 820, 0.79),
        O("person", 200, 220, 170, 760, 0.62), O("person", 420, 230, 170, 760, 0.60),
        O("person", 40, 500, 40, 90, 0.31)],
        note="770x1000. Pontormo, The Visitation (c.1528-29), Pieve di San Michele Carmignano: "
             "Mary and Elizabeth embrace in profile, two attendant women behind them staring "
             "out at us, a street with tiny figures in the background"),
    S("h5_holy_family_angels_rembrandt", [], [
        O("person", 200, 400, 280, 450, 0.77), O("book", 240, 560, 100, 70, 0.48),
        O("child", 450, 640, 160, 120, 0.60), O("person", 560, 300, 180, 350, 0.50),
        O("angel", 120, 40, 150, 180, 0.62), O("child", 260, 40, 110, 140, 0.47),
        O("angel", 370, 90, 100, 130, 0.44)],
        ok=["madonna"],
        note="780x1000. Rembrandt, The Holy Family with Angels (1645), Hermitage: in a dark "
             "carpenter's house Mary looks up from her book to the Child asleep in the cradle, "
             "Joseph at work behind; little angels fly down into the room"),
    S("h5_entombment_caravaggio", [], [
        O("nude", 100, 420, 440, 300, 0.73), O("person", 320, 360, 220, 520, 0.74),
        O("person", 120, 300, 200, 320, 0.66), O("person", 200, 200, 150, 240, 0.55),
        O("person", 330, 200, 120, 180, 0.50), O("person", 430, 110, 180, 280, 0.60),
        O("holy shroud", 90, 540, 360, 140, 0.38), O("stone", 120, 800, 480, 180, 0.47)],
        ok=["pieta", "magdalene"],
        note="680x1000. Caravaggio, The Entombment of Christ (1603-04), Pinacoteca Vaticana: "
             "Nicodemus and John lower the dead Christ onto the corner of a stone slab; behind "
             "them the Virgin, the Magdalene bowing her head and Mary Cleophas flinging up her "
             "arms"),
    S("h5_philosopher_meditation_rembrandt", [], [
        O("person", 280, 460, 150, 200, 0.58), O("woman", 780, 560, 90, 150, 0.41),
        O("book", 330, 540, 60, 40, 0.33)],
        note="1000x820. Rembrandt (attributed), Philosopher in Meditation (1632), Louvre: an old "
             "man sits by a window with a book in a vaulted room, a spiral staircase winds up in "
             "the centre, a woman tends the fire at the right"),
    S("h5_horse_lion_stubbs", [], [
        O("horse", 260, 180, 460, 420, 0.85), O("lion", 420, 100, 260, 230, 0.72),
        O("tree", 800, 0, 200, 400, 0.40)],
        note="1000x730. George Stubbs, Horse Attacked by a Lion (c.1765), Yale Center for "
             "British Art New Haven: a white horse rears in terror as a lion springs onto its "
             "back, in a rocky, wooded landscape"),
    S("h5_fisher_boy_hals_antwerp", [], [
        O("child", 140, 140, 560, 840, 0.76), O("person", 140, 140, 560, 840, 0.45),
        O("fish", 430, 700, 150, 120, 0.35)],
        note="800x1000. Frans Hals, The Fisher Boy (c.1630), Koninklijk Museum voor Schone "
             "Kunsten Antwerp: a grinning boy with a fish basket on the dunes, the sea behind"),
    S("h5_still_life_sanchez_cotan", [], [
        O("bird", 160, 60, 140, 250, 0.63), O("bird", 330, 60, 130, 210, 0.54),
        O("bird", 470, 60, 110, 200, 0.50), O("orange", 600, 560, 80, 70, 0.48),
        O("apple", 700, 560, 70, 60, 0.36)],
        note="1000x760. Juan Sanchez Cotan, Still Life with Game Fowl, Vegetables and Fruits "
             "(1602), Prado: game birds hang in a dark stone window frame, a cardoon, carrots "
             "and lemons on the sill below"),
    S("h5_jewish_cemetery_ruisdael", [], [
        O("tree", 100, 100, 300, 500, 0.64), O("tree", 600, 0, 260, 400, 0.58),
        O("stone", 350, 470, 220, 110, 0.51), O("stone", 560, 500, 180, 90, 0.44),
        O("tower", 160, 30, 200, 330, 0.38), O("person", 900, 420, 30, 60, 0.30)],
        note="1000x750. Jacob van Ruisdael, The Jewish Cemetery (c.1655), Detroit Institute of "
             "Arts: white tombs by a torrent under a stormy sky and a rainbow, a dead tree, the "
             "ruin of a church on the left, two tiny mourners"),
    S("h5_merry_family_steen", [], [
        O("person", 60, 150, 200, 480, 0.77), O("woman", 260, 200, 170, 400, 0.70),
        O("child", 320, 330, 90, 130, 0.58), O("person", 450, 100, 200, 400, 0.72),
        O("child", 620, 280, 140, 300, 0.65), O("child", 780, 300, 140, 280, 0.60),
        O("person", 820, 80, 160, 300, 0.55), O("dog", 520, 620, 140, 110, 0.46),
        O("jug", 400, 480, 60, 80, 0.52), O("book", 180, 360, 90, 60, 0.37),
        O("horn", 880, 180, 60, 90, 0.31)],
        note="1000x790. Jan Steen, The Merry Family (As the Old Sing, So Pipe the Young, 1668), "
             "Rijksmuseum: a crowded table, the grandmother singing from a sheet, the father "
             "raising his glass, the mother with a baby on her lap, children smoking and "
             "piping, a bagpiper at the window, a dog at their feet"),
    S("h5_death_hippolytus_rubens", [], [
        O("horse", 400, 100, 250, 260, 0.79), O("horse", 570, 140, 220, 240, 0.71),
        O("horse", 300, 200, 200, 210, 0.55), O("nude", 220, 380, 260, 180, 0.64),
        O("cow", 50, 150, 250, 200, 0.46), O("dragon", 40, 140, 260, 220, 0.33),
        O("person", 760, 350, 90, 170, 0.42), O("wheel", 470, 380, 110, 110, 0.40)],
        note="1000x700. Peter Paul Rubens, The Death of Hippolytus (c.1611-13), Fitzwilliam "
             "Museum Cambridge: the bull-monster rises from the waves at the left, the horses "
             "bolt and Hippolytus is flung from his chariot, a wheel flying loose; a companion "
             "flees at the right"),
    S("h5_helena_vision_veronese", [], [
        O("person", 80, 260, 440, 700, 0.80), O("crown", 250, 230, 90, 60, 0.55),
        O("angel", 380, 40, 120, 160, 0.49), O("cross", 330, 50, 160, 260, 0.42),
        O("child", 430, 120, 110, 150, 0.38)],
        note="590x1000. Paolo Veronese, The Vision of Saint Helena (c.1570-75), National Gallery "
             "London: the crowned empress sleeps sitting by a window, her head on her hand, "
             "while two putti carry the True Cross in the sky outside"),
    S("h5_erasmus_maurice_grunewald", [], [
        O("person", 30, 140, 350, 840, 0.78), O("mitre", 120, 100, 120, 140, 0.71),
        O("crozier", 20, 0, 70, 900, 0.55), O("knight", 400, 150, 320, 830, 0.76),
        O("sword", 560, 560, 60, 300, 0.40), O("person", 640, 160, 130, 400, 0.47),
        O("person", 300, 180, 120, 300, 0.41), O("wheel", 200, 430, 110, 80, 0.33)],
        note="780x1000. Matthias Grunewald, The Meeting of Saints Erasmus and Maurice "
             "(c.1520-24), Alte Pinakothek Munich: Saint Erasmus (a portrait of Cardinal "
             "Albrecht of Brandenburg) in a gold cope, mitre and crozier, holding the windlass "
             "of his martyrdom, meets Saint Maurice, a black knight in silver armour, with their "
             "followers"),
    S("h5_agnes_del_sarto_pisa", [], [
        O("person", 100, 120, 440, 860, 0.80), O("lamb", 140, 620, 180, 150, 0.66),
        O("palm", 420, 150, 70, 360, 0.47), O("halo", 230, 90, 150, 60, 0.33)],
        note="640x1000. Andrea del Sarto, Saint Agnes (c.1528-30), Duomo Pisa: the young saint "
             "stands holding the martyr's palm, her lamb in the crook of her other arm"),
    S("h5_joseph_child_reni_hermitage", [], [
        O("person", 140, 100, 560, 880, 0.81), O("child", 260, 260, 300, 360, 0.74),
        O("lily", 620, 200, 80, 400, 0.37)],
        note="800x1000. Guido Reni, Saint Joseph with the Infant Christ (c.1635), Hermitage: the "
             "old, grey-bearded Joseph holds the Child in his arms, his flowering rod beside "
             "him"),
]
