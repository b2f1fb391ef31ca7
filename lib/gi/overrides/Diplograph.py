# SPDX-License-Identifier: LGPL-2.1-or-later
"""Pythonic helpers for libdiplograph through GObject Introspection.

PyGObject loads this module (an "override") when a program imports
``gi.repository.Diplograph``; it is installed beside the typelib's other
overrides.  Nodes are ``Diplograph.Node`` objects: ``node.id`` (the int
the C API takes, which a Node stands for wherever one is asked),
``node.iri``, ``node.label(lang)``, ``node.cls`` (its class's name) and
``node.cls_iri``, ``node.is_a(cls)``, ``node.values(rel)`` (typed Python
values), ``node.links(rel)`` and ``node.linked_from(rel)`` (Nodes),
``node.citations()``; a class or relation is named as in ``.dg`` files
(``"Partnership"``, ``"party"``), as ``dg:party`` or by IRI.  It adds to
Diplograph.Graph:

- ``len(graph)``, ``graph.nodes()`` (every Node, in id order), and an
  IndexError (not a GLib CRITICAL) for a node id past the last one;
- ``graph.node(id_or_iri)``: the Node of an IRI, or of an id under the
  seed's or another base, as ``diplograph --focus`` takes it;
- ``graph.citations(node)``: the quotes that cite a node, with their
  source document and language;
- ``graph.agreements_of(state, include_sub_organizations=True)``: the
  agreements a state is a party to, also through its ministries and other
  bodies (dg:subOrganizationOf, followed transitively);
- ``graph.to_networkx(selection=None, collapse=False, languages=None)``:
  the view as a networkx graph, the same nodes and edges as
  ``diplograph network`` and ``dot`` (networkx is imported only then);
- ``graph.to_pandas(selection=None, collapse=False, languages=None)``: the
  same view as two pandas data frames, nodes (indexed by IRI) and edges,
  with the columns and types of the network exports (pandas is imported
  only then);

to Diplograph.Selection, ``set_focus(node, depth)`` taking a Node as well
as an id; and ``Diplograph.NO_OBJECT``, the object of a relation to a
value.
"""

import operator

from ..module import get_introspection_module
from ..overrides import override

Diplograph = get_introspection_module("Diplograph")

__all__ = []

DG = "https://w3id.org/diplograph#"
PROV = "http://www.w3.org/ns/prov#"
LANGUAGE = DG + "language"

#: The DgRelation.object of a relation to a value (DG_NO_OBJECT in C).
NO_OBJECT = 0xFFFFFFFF
__all__.append("NO_OBJECT")
XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger",
                               "negativeInteger", "nonPositiveInteger", "long", "int", "short",
                               "byte", "unsignedLong", "unsignedInt", "unsignedShort",
                               "unsignedByte")}
_FLOATS = {XSD + "decimal", XSD + "double", XSD + "float"}


def _term(name):
    """A class or relation as .dg names it ("party"), as dg:party, or an IRI."""
    if "://" in name:
        return name
    if name.startswith("dg:"):
        return DG + name[3:]
    return DG + name


def _local(iri):
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else None


def _value(relation):
    """A literal as Python has it: int, float or bool by its datatype, else
    the text as written (a date stays "2022": a date object would claim a
    day the data does not give)."""
    text, datatype = relation.value, relation.datatype
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype in _FLOATS:
            return float(text)
        if datatype == XSD + "boolean":
            return {"true": True, "1": True, "false": False, "0": False}[text]
    except (ValueError, KeyError):
        pass
    return text


class Node:
    """A node of a Graph.  It compares and hashes as its id, so it stands
    for the int every C function takes, and ``r.object == node`` holds for
    a relation to it."""

    __slots__ = ("graph", "id")

    def __init__(self, graph, node):
        self.graph = graph
        self.id = node

    def __index__(self):
        return self.id

    __int__ = __index__

    def __eq__(self, other):
        if isinstance(other, Node):
            return self.id == other.id and self.graph is other.graph
        return isinstance(other, int) and self.id == other

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        return "<Node %d %s (%s)>" % (self.id, self.iri, self.cls or "no class")

    def __str__(self):
        return self.label() or self.iri

    @property
    def iri(self):
        return Diplograph.Graph.get_node_iri(self.graph, self.id)

    @property
    def cls_iri(self):
        """The class's IRI, or None."""
        return Diplograph.Graph.get_node_class(self.graph, self.id)

    @property
    def cls(self):
        """The class's name ("State"), as the exports' class column has it."""
        return _local(self.cls_iri)

    def label(self, lang=None):
        """The label in ``lang`` (a tag, or tags in order of preference),
        else the untagged, English or first one; None when there is none."""
        languages = [lang] if isinstance(lang, str) else list(lang or ("en",))
        return Diplograph.Graph.get_node_label(self.graph, self.id, languages)

    def is_a(self, cls):
        """Whether the node's class is ``cls`` or under it in the ontology."""
        own = self.cls_iri
        return bool(own) and self.graph.get_ontology().is_subclass_of(own, _term(cls))

    def values(self, rel):
        """The values of relation ``rel`` (int, float, bool or text)."""
        predicate = _term(rel)
        return [_value(r) for r in Diplograph.Graph.get_relations(self.graph, self.id)
                if r.predicate == predicate and r.object == NO_OBJECT]

    def links(self, rel=None):
        """The Nodes this one links to by ``rel`` (any relation when None)."""
        predicate = _term(rel) if rel else None
        return [Node(self.graph, r.object)
                for r in Diplograph.Graph.get_relations(self.graph, self.id)
                if r.object != NO_OBJECT and (predicate is None or r.predicate == predicate)]

    def linked_from(self, rel=None):
        """The Nodes that link to this one by ``rel`` (any when None)."""
        predicate = _term(rel) if rel else None
        return [Node(self.graph, r.subject)
                for r in Diplograph.Graph.get_relations_to(self.graph, self.id)
                if predicate is None or r.predicate == predicate]

    def citations(self):
        """As ``graph.citations(node)``."""
        return self.graph.citations(self)


__all__.append("Node")


class _Nodes:
    """Every Node of a graph, in id order, without making them all at once."""

    def __init__(self, graph):
        self._graph = graph

    def __len__(self):
        return self._graph.get_n_nodes()

    def __getitem__(self, index):
        n = len(self)
        if isinstance(index, slice):
            return [Node(self._graph, i) for i in range(n)[index]]
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("no node %r: the graph has %d" % (index, n))
        return Node(self._graph, index)

    def __iter__(self):
        return (Node(self._graph, i) for i in range(len(self)))


class Graph(Diplograph.Graph):
    def __len__(self):
        return self.get_n_nodes()

    def nodes(self):
        """Every Node, in id order (0 to len(graph) - 1)."""
        return _Nodes(self)

    def _check(self, node):
        try:
            node = operator.index(node)
        except TypeError:
            node = None
        if node is None or not 0 <= node < self.get_n_nodes():
            raise IndexError("no node %r: the graph has %d" % (node, self.get_n_nodes()))
        return node

    def get_node_iri(self, node):
        return Diplograph.Graph.get_node_iri(self, self._check(node))

    def get_node_class(self, node):
        return Diplograph.Graph.get_node_class(self, self._check(node))

    def get_node_label(self, node, languages=("en",)):
        languages = [languages] if isinstance(languages, str) else list(languages)
        return Diplograph.Graph.get_node_label(self, self._check(node), languages)

    def get_relations(self, node):
        return Diplograph.Graph.get_relations(self, self._check(node))

    def get_relations_to(self, node):
        return Diplograph.Graph.get_relations_to(self, self._check(node))

    def node_is_blank(self, node):
        return Diplograph.Graph.node_is_blank(self, self._check(node))

    def node(self, name):
        """The Node whose IRI is ``name``, or whose IRI ends in ``/name``
        or ``#name`` when exactly one does; KeyError otherwise.  An int is
        taken as a node id."""
        if isinstance(name, Node):
            return name
        if isinstance(name, int):
            return Node(self, self._check(name))
        found, node = self.lookup_node(name)
        if found:
            return Node(self, node)
        tails = [n for n in range(self.get_n_nodes())
                 if Diplograph.Graph.get_node_iri(self, n).endswith(("/" + name, "#" + name))]
        if len(tails) != 1:
            raise KeyError("%s: %s" % (name, "no such node" if not tails else "%d nodes end so"
                                       % len(tails)))
        return Node(self, tails[0])

    def _links(self, node, predicate):
        return [r.object for r in Diplograph.Graph.get_relations(self, node)
                if r.predicate == predicate and r.object != NO_OBJECT]

    def _is_a(self, node, klass):
        c = Diplograph.Graph.get_node_class(self, node)
        return bool(c) and self.get_ontology().is_subclass_of(c, klass)

    def citations(self, node):
        """The citations of ``node``: a list of (quote, source IRI or None,
        language or None), in the order the data gives them."""
        node = self._check(node)
        out = []
        for citation in self._links(node, PROV + "qualifiedDerivation"):
            rels = Diplograph.Graph.get_relations(self, citation)
            quotes = [r for r in rels if r.predicate == DG + "quote" and r.value is not None]
            sources = [r.object for r in rels if r.predicate == PROV + "entity"
                       and r.object != NO_OBJECT]
            source = Diplograph.Graph.get_node_iri(self, sources[0]) if sources else None
            for q in quotes:
                language = q.language
                if not language and sources:
                    language = next((r.value for r in Diplograph.Graph.get_relations(self, sources[0])
                                     if r.predicate == LANGUAGE and r.value), None)
                out.append((q.value, source, language))
        return out

    def agreements_of(self, state, include_sub_organizations=True):
        """The agreements ``state`` (a Node) is a party to, as Nodes in
        graph order; with ``include_sub_organizations``, also those of the
        bodies under it, at any depth."""
        state = self._check(state)
        actors = {state}
        if include_sub_organizations:
            todo = [state]
            while todo:
                for r in Diplograph.Graph.get_relations_to(self, todo.pop()):
                    if r.predicate == DG + "subOrganizationOf" and r.subject not in actors:
                        actors.add(r.subject)
                        todo.append(r.subject)
        found = set()
        for actor in actors:
            for r in Diplograph.Graph.get_relations_to(self, actor):
                if r.predicate == DG + "party" and self._is_a(r.subject, DG + "Agreement"):
                    found.add(r.subject)
        return [Node(self, n) for n in sorted(found)]

    def _view(self, selection, collapse, languages):
        view = Diplograph.View.new(self)
        if selection is not None:
            view.set_selection(selection)
        if languages:
            view.set_languages([languages] if isinstance(languages, str) else list(languages))
        view.set_flags(Diplograph.ViewFlags.COLLAPSE if collapse else Diplograph.ViewFlags(0))
        return view

    @staticmethod
    def _written(writer):
        from gi.repository import Gio

        stream = Gio.MemoryOutputStream.new_resizable()
        writer.write(stream)
        stream.close()
        return stream.steal_as_bytes().get_data().decode("utf-8")

    def to_networkx(self, selection=None, collapse=False, languages=None):
        """The view ``selection`` keeps (all of the graph when None) as a
        networkx MultiDiGraph, or MultiGraph when every edge is a symmetric
        fact: nodes by IRI with label, class, class_label, start and end;
        edges with label, relation, fact, start and end.  With ``collapse``,
        partnerships and posts are edges; for a focus's depth to count them
        so, call ``selection.set_collapse(True)`` as well (as ``--collapse``
        does)."""
        import networkx

        writer = Diplograph.NetworkWriter.new(self._view(selection, collapse, languages))
        writer.set_format(Diplograph.NetworkFormat.GRAPHML)
        return networkx.parse_graphml(self._written(writer), force_multigraph=True)

    def to_pandas(self, selection=None, collapse=False, languages=None):
        """The view ``selection`` keeps (all of the graph when None) as two
        pandas DataFrames, ``(nodes, edges)``: nodes indexed by IRI, edges
        with ``source``, ``target`` and ``directed``; then the columns of
        the network exports (Diplograph.NetworkWriter.list_columns), typed:
        ``long`` as Int64 and ``boolean`` as boolean (both nullable: a
        missing value stays missing), ``double`` as float64, ``date`` as
        datetime64 when every day fits pandas' range (else the YYYY-MM-DD
        text), each beside its ``_precision`` column, so a year padded to
        its first day says so."""
        import json

        import pandas

        writer = Diplograph.NetworkWriter.new(self._view(selection, collapse, languages))
        writer.set_format(Diplograph.NetworkFormat.CYTOSCAPE)
        elements = json.loads(self._written(writer))["elements"]
        frames = []
        for part, key, first in ((Diplograph.NetworkPart.NODES, "nodes", ["id"]),
                                 (Diplograph.NetworkPart.EDGES, "edges",
                                  ["source", "target", "directed"])):
            names, types = writer.list_columns(part)
            rows = [e["data"] for e in elements[key]]
            frame = pandas.DataFrame(rows, columns=first + list(names))
            for name, kind in zip(names, types):
                column = frame[name]
                if kind == "long":
                    frame[name] = column.astype("Int64")
                elif kind == "double":
                    frame[name] = column.astype("float64")
                elif kind == "boolean":
                    frame[name] = column.astype("boolean")
                elif kind == "string":
                    frame[name] = column.astype(object)
                elif kind == "date":
                    days = pandas.to_datetime(column, format="%Y-%m-%d", errors="coerce")
                    if days.isna().sum() == column.isna().sum():
                        frame[name] = days
            frames.append(frame)
        nodes, edges = frames
        return nodes.set_index("id"), edges


Graph = override(Graph)
__all__.append("Graph")


class Selection(Diplograph.Selection):
    def set_focus(self, node, depth):
        """Focus on ``node`` (a Node, an IRI or an id as ``--focus`` takes
        it) and what lies within ``depth`` links."""
        if isinstance(node, Node):
            node = node.iri
        return Diplograph.Selection.set_focus(self, node, depth)


Selection = override(Selection)
__all__.append("Selection")
