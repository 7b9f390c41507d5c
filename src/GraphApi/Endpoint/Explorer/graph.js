// The neighbourhood graph of an entity, drawn with cytoscape: the entity in the middle, its related entities around it,
// sized by co-occurrence and coloured by type. Tapping a neighbour calls onSelect (the entity page moves on to it).
// Publishes data-ready, data-nodes (each node's position in the container, CSS pixels) and data-styles (colour, size).
import cytoscape from './cytoscape.js';
import { typeColour } from './types.js';

const MAX_NEIGHBOURS = 12;
let current = null;
window.addEventListener('resize', () => {
  if (!current || !current.container.isConnected) return;
  current.cy.resize();
  current.cy.fit(undefined, 40);
  current.publish();
});

/** Draws the graph into container; resolves once the layout is done and the positions are published. */
export function drawNeighbourhood(container, entity, onSelect) {
  // The strongest neighbours only, so that names stay readable; the page lists all of them beside the graph.
  const related = [...entity.relatedEntities]
    .sort((a, b) => b.coOccurrenceCount - a.coOccurrenceCount || b.score - a.score)
    .slice(0, MAX_NEIGHBOURS);
  const maxCount = Math.max(1, ...related.map(r => r.coOccurrenceCount));
  const size = count => 22 + 34 * Math.sqrt(count / maxCount);
  const elements = [
    { data: { id: entity.id, label: entity.canonicalName, colour: typeColour(entity.type), size: 64, centre: 1 } },
    ...related.flatMap(r => [
      { data: { id: r.entity.id, label: r.entity.canonicalName, colour: typeColour(r.entity.type), size: size(r.coOccurrenceCount), centre: 0 } },
      { data: { id: `${entity.id}->${r.entity.id}`, source: entity.id, target: r.entity.id, width: 1 + 5 * r.coOccurrenceCount / maxCount } },
    ]),
  ];
  const cy = cytoscape({
    container,
    elements,
    autoungrabify: true,
    boxSelectionEnabled: false,
    userZoomingEnabled: false,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
        color: '#1f2937', 'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'ellipsis', 'text-max-width': 140 } },
      { selector: 'node[centre = 1]', style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9ca3af', 'curve-style': 'straight' } },
    ],
  });
  cy.on('tap', 'node', event => {
    const id = event.target.id();
    if (id !== entity.id) onSelect(id);
  });
  const publish = () => {
    const nodes = {};
    const styles = {};
    cy.nodes().forEach(node => {
      const p = node.renderedPosition();
      nodes[node.id()] = [Math.round(p.x), Math.round(p.y)];
      styles[node.id()] = { colour: node.style('background-color'), size: node.data('size') };
    });
    container.dataset.nodes = JSON.stringify(nodes);
    container.dataset.styles = JSON.stringify(styles);
    container.dataset.ready = 'true';
  };
  return new Promise(resolve => {
    const layout = cy.layout({
      name: 'concentric',
      concentric: node => node.data('centre') ? 2 : 1,
      levelWidth: () => 1,
      minNodeSpacing: 30,
      padding: 40,
      animate: false,
      fit: true,
    });
    layout.one('layoutstop', () => {
      publish();
      resolve(cy);
    });
    current = { cy, container, publish };
    layout.run();
  });
}
