"""Contact topics read in Dutch wherever a volunteer meets them (Tijdlijn, Contactmomenten,
the topic list at the hour); a topic the app does not know reads as the team typed it."""

from __future__ import annotations

from vwdesk.domain.sessions import DEFAULT_TOPICS, KNOWN_TOPICS, parse_topics
from vwdesk.services.demo.names import TOPICS as DEMO_TOPICS
from vwdesk.ui.tabs.sessions.texts import TOPIC_LABELS, topic_label, topics_label

# Topics whose Dutch word is the English one, so the label may equal its English source.
SAME_IN_DUTCH = {"school": "School is a Dutch word too."}


def _keys_a_volunteer_can_meet() -> list[str]:
    demo = {key for keys in DEMO_TOPICS.values() for key in keys}
    return sorted(set(DEFAULT_TOPICS) | set(KNOWN_TOPICS) | demo)


def test_every_topic_of_the_domain_and_the_demo_has_a_dutch_label():
    keys = _keys_a_volunteer_can_meet()
    assert sorted(k for k in keys if k not in TOPIC_LABELS) == []
    untranslated = {
        key: topic_label(key)
        for key in keys
        if topic_label(key) in (key, TOPIC_LABELS[key]) and key not in SAME_IN_DUTCH
    }
    assert untranslated == {}
    assert all(topic_label(key) != key for key in keys)
    # The words the usability test found in English on the Tijdlijn and in Contactmomenten.
    assert topics_label(("insurance", "energy", "integration", "finance", "general", "post")) == (
        "Verzekeringen, Energie, Inburgering, Financiën, Algemeen, Post en brieven"
    )


def test_a_topic_the_app_does_not_know_reads_as_typed():
    # Typed at the hour ("Eigen onderwerp"), stored as its key.
    assert topic_label("eigen_onderwerp") == "Eigen onderwerp"
    # Imported free text keeps its spelling: no English-style capitalize() of the rest.
    assert topic_label("IND-brief") == "IND-brief"
    assert topic_label("WW uitkering") == "WW uitkering"
    # An imported "huur, toeslagen" is split at the comma with its space.
    assert topics_label(parse_topics("huur, toeslagen")) == "Huur, Toeslagen"
    # An imported English key in other spelling still finds its Dutch label.
    assert topic_label("Residence permit") == "Verblijfsvergunning"
