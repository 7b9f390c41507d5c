// The neighbourhood graph of an entity, drawn with cytoscape: the entity in the middle, its related entities around it,
// sized by co-occurrence and coloured by type. Tapping a neighbour calls onSelect (the entity page moves on to it).
// Publishes data-ready, data-nodes (each node's position in the container, CSS pixels) and data-styles (colour, size).
import cytoscape from './cytoscape.js';
import { typeColour } from './types.js';

let current = null;
window.addEventListener('resize', () => {
  if (!current || !current.container.isConnected) return;
  current.cy.resize();
  current.cy.fit(undefined, 40);
  current.publish();
});

/** Draws the graph into container; resolves once the layout is done and the positions are published. */
export function drawNeighbourhood(container, entity, onSelect) {
  const maxCount = Math.max(1, ...entity.relatedEntities.map(r => r.coOccurrenceCount));
  const size = count => 22 + 34 * Math.sqrt(count / maxCount);
  const elements = [
    { data: { id: entity.id, label: entity.canonicalName, colour: typeColour(entity.type), size: 64, centre: 1 } },
    ...entity.relatedEntities.flatMap(related => [
      { data: { id: related.entity.id, label: related.entity.canonicalName, colour: typeColour(related.entity.type), size: size(related.coOccurrenceCount), centre: 0 } },
      { data: { id: `${entity.id}->${related.entity.id}`, source: entity.id, target: related.entity.id, width: 1 + 5 * related.coOccurrenceCount / maxCount } },
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
        color: '#1f2937', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4,
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
