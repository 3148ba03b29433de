"""The summary the cross-document rules read: faithful, small, and quick to pickle."""

import io
import pickle

from lint.parse import parse
from lint.summary import DocumentSummary, summarize
from tests.conftest import SEEDS


def seeds():
    return [parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(SEEDS.glob("*.txt"))]


def test_summary_keeps_what_the_corpus_rules_read():
    for doc in seeds():
        s = summarize(doc)
        assert summarize(s) is s
        assert (s.path, s.text, s.language, s.header) == (doc.path, doc.text, doc.language, doc.header)
        assert s.signatory_count == len(doc.signatories)
        assert s.declared_totals == tuple(t.value for t in doc.totals)
        assert s.signature_claims == doc.signature_claims
        assert [(o.mention, o.key, o.given_key) for o in s.occurrences] == [
            (o.mention, o.key, o.given_key) for o in doc.occurrences
        ]
        assert all(o.doc is s for o in s.occurrences)
        assert s.line_col(len(doc.text)) == doc.line_col(len(doc.text))


class _Recorder(pickle.Unpickler):
    """Records the classes a pickle names."""

    @classmethod
    def classes_in(cls, data: bytes) -> list[str]:
        recorder = cls(io.BytesIO(data))
        recorder.names = []
        recorder.load()
        return recorder.names

    def find_class(self, module, name):
        self.names.append(name)
        return super().find_class(module, name)


def test_pickle_round_trip_rebinds_occurrences_and_stays_flat():
    for doc in seeds():
        s = summarize(doc)
        data = pickle.dumps(s, protocol=pickle.HIGHEST_PROTOCOL)
        back = pickle.loads(data)
        assert isinstance(back, DocumentSummary)
        assert [(o.mention, o.surname, o.given, o.key) for o in back.occurrences] == [
            (o.mention, o.surname, o.given, o.key) for o in s.occurrences
        ]
        assert all(o.doc is back for o in back.occurrences)
        assert (back.header, back.signature_claims, back.list_complete) == (
            s.header,
            s.signature_claims,
            s.list_complete,
        )
        # Occurrences travel as tuples of strings and numbers, not as pickled objects.
        classes = _Recorder.classes_in(data)
        assert "Occurrence" not in classes and "Mention" not in classes
