/*
 * Preview of the commune and ward boundaries on the administrators' page: the polygons of the public
 * GeoJSON, each named in a tooltip. Drawn without tiles too, so the shapes show offline.
 */
(function () {
  'use strict';

  var el = document.getElementById('boundary-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var map = L.map(el, { scrollWheelZoom: false })
    .setView([parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)], parseInt(el.dataset.zoom, 10) || 10);
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
  }
  fetch(el.dataset.source, { headers: { Accept: 'application/geo+json, application/json' } })
    .then(function (r) { return r.ok ? r.json() : { features: [] }; })
    .then(function (geo) {
      var layer = L.geoJSON(geo, {
        style: { color: '#0b4a8b', weight: 2, fillOpacity: 0.15 },
        onEachFeature: function (feature, shape) {
          var p = feature.properties || {};
          // A string tooltip is set as HTML, and these names come from an uploaded file: text only.
          var label = document.createElement('span');
          label.textContent = String(p.name || '') + ' (' + String(p.agency_code || '') + ')';
          shape.bindTooltip(label, { sticky: true });
        }
      }).addTo(map);
      el.dataset.loaded = String(geo.features.length);
      if (geo.features.length > 0) {
        map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      }
    })
    .catch(function () { el.dataset.loaded = 'error'; });
})();
