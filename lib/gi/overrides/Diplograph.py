# SPDX-License-Identifier: LGPL-2.1-or-later
"""Pythonic helpers for libdiplograph through GObject Introspection.

PyGObject loads this module (an "override") when a program imports
``gi.repository.Diplograph``; it is installed beside the typelib's other
overrides.  It adds to Diplograph.Graph:

- ``len(graph)``, ``graph.nodes()``, and an IndexError (not a GLib
  CRITICAL) for a node id past the last one;
- ``graph.node(id_or_iri)``: the node of an IRI, or of an id under the
  seed's or another base, as ``diplograph --focus`` takes it;
- ``graph.citations(node)``: the quotes that cite a node, with their
  source document and language;
- ``graph.agreements_of(state, include_sub_organizations=True)``: the
  agreements a state is a party to, also through its ministries and other
  bodies (dg:subOrganizationOf, followed transitively);
- ``graph.to_networkx(selection=None, collapse=False, languages=None)``:
  the view as a networkx graph, the same nodes and edges as
  ``diplograph network`` and ``dot`` (networkx is imported only then);

and ``Diplograph.NO_OBJECT``, the object of a relation to a value.
"""

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


class Graph(Diplograph.Graph):
    def __len__(self):
        return self.get_n_nodes()

    def nodes(self):
        """The node ids, 0 to len(graph) - 1."""
        return range(self.get_n_nodes())

    def _check(self, node):
        if not isinstance(node, int) or not 0 <= node < self.get_n_nodes():
            raise IndexError("no node %r: the graph has %d" % (node, self.get_n_nodes()))

    def get_node_iri(self, node):
        self._check(node)
        return Diplograph.Graph.get_node_iri(self, node)

    def get_node_class(self, node):
        self._check(node)
        return Diplograph.Graph.get_node_class(self, node)

    def get_node_label(self, node, languages=("en",)):
        self._check(node)
        return Diplograph.Graph.get_node_label(self, node, list(languages))

    def get_relations(self, node):
        self._check(node)
        return Diplograph.Graph.get_relations(self, node)

    def get_relations_to(self, node):
        self._check(node)
        return Diplograph.Graph.get_relations_to(self, node)

    def node_is_blank(self, node):
        self._check(node)
        return Diplograph.Graph.node_is_blank(self, node)

    def node(self, name):
        """The node whose IRI is ``name``, or whose IRI ends in ``/name``
        or ``#name`` when exactly one does; KeyError otherwise."""
        found, node = self.lookup_node(name)
        if found:
            return node
        tails = [n for n in self.nodes()
                 if Diplograph.Graph.get_node_iri(self, n).endswith(("/" + name, "#" + name))]
        if len(tails) != 1:
            raise KeyError("%s: %s" % (name, "no such node" if not tails else "%d nodes end so"
                                       % len(tails)))
        return tails[0]

    def _links(self, node, predicate):
        return [r.object for r in Diplograph.Graph.get_relations(self, node)
                if r.predicate == predicate and r.object != NO_OBJECT]

    def _is_a(self, node, klass):
        c = Diplograph.Graph.get_node_class(self, node)
        return bool(c) and self.get_ontology().is_subclass_of(c, klass)

    def citations(self, node):
        """The citations of ``node``: a list of (quote, source IRI or None,
        language or None), in the order the data gives them."""
        self._check(node)
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
        """The agreements ``state`` (a node) is a party to, as node ids in
        graph order; with ``include_sub_organizations``, also those of the
        bodies under it, at any depth."""
        self._check(state)
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
        return sorted(found)

    def to_networkx(self, selection=None, collapse=False, languages=None):
        """The view ``selection`` keeps (all of the graph when None) as a
        networkx MultiDiGraph, or MultiGraph when every edge is a symmetric
        fact: nodes by IRI with label, class, class_label, start and end;
        edges with label, relation, fact, start and end.  With ``collapse``,
        partnerships and posts are edges; for a focus's depth to count them
        so, call ``selection.set_collapse(True)`` as well (as ``--collapse``
        does)."""
        import networkx
        from gi.repository import Gio

        view = Diplograph.View.new(self)
        if selection is not None:
            view.set_selection(selection)
        if languages:
            view.set_languages(list(languages))
        view.set_flags(Diplograph.ViewFlags.COLLAPSE if collapse else Diplograph.ViewFlags(0))
        writer = Diplograph.NetworkWriter.new(view)
        writer.set_format(Diplograph.NetworkFormat.GRAPHML)
        stream = Gio.MemoryOutputStream.new_resizable()
        writer.write(stream)
        stream.close()
        data = stream.steal_as_bytes().get_data().decode("utf-8")
        graph = networkx.parse_graphml(data, force_multigraph=True)
        return graph


Graph = override(Graph)
__all__.append("Graph")
