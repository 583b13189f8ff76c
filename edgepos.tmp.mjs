import cytoscape from 'cytoscape';
const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{data:{id:'a'},position:{x:0,y:0}},{data:{id:'b'},position:{x:100,y:0}},{data:{id:'ab',source:'a',target:'b'}}] });
const e = cy.getElementById('ab');
console.log('edge position', e.position());
console.log('pan before', cy.pan());
const {x,y} = e.position();
cy.animate({ pan: { x: 400 - x, y: 300 - y }, duration: 0 });
setTimeout(() => console.log('pan after', cy.pan()), 50);
