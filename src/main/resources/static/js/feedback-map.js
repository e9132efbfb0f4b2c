/*
 * Maps of the feedback pages: the public map (clustered markers of the reports that match the filters,
 * fetched as GeoJSON) and a single report's place. Markers need no tiles, so the map still shows the
 * reports when the tile server cannot be reached.
 */
(function () {
  'use strict';

  function baseMap(el) {
    var map = L.map(el, { scrollWheelZoom: false })
      .setView([parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)], parseInt(el.dataset.zoom, 10) || 12);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    return map;
  }

  function pin(latlng, title) {
    return L.marker(latlng, {
      title: title,
      keyboard: true,
      icon: L.divIcon({ className: 'feedback-pin', iconSize: [22, 22], iconAnchor: [11, 22] })
    });
  }

  function link(text, href) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function publicMap(el) {
    var map = baseMap(el);
    var cluster = L.markerClusterGroup({ showCoverageOnHover: false });
    map.addLayer(cluster);
    fetch(el.dataset.points, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { features: [] }; })
      .then(function (geo) {
        var bounds = [];
        geo.features.forEach(function (f) {
          var p = f.properties;
          var latlng = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
          var popup = document.createElement('div');
          popup.appendChild(link(p.category + ' (' + p.code + ')', p.url));
          var status = document.createElement('div');
          status.textContent = p.statusText;
          popup.appendChild(status);
          var m = pin(latlng, p.code + ' — ' + p.category + ' — ' + p.statusText);
          m.bindPopup(popup);
          m.getElement && m.on('add', function () {
            var icon = m.getElement();
            if (icon) { icon.classList.add('feedback-pin-' + p.status); icon.dataset.code = p.code; }
          });
          cluster.addLayer(m);
          bounds.push(latlng);
        });
        el.dataset.loaded = String(geo.features.length);
        if (bounds.length > 0) {
          map.fitBounds(bounds, { maxZoom: 16, padding: [20, 20] });
        }
      })
      .catch(function () { el.dataset.loaded = 'error'; });
  }

  function singleMap(el) {
    var map = baseMap(el);
    pin([parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)], el.dataset.title || '').addTo(map);
  }

  document.querySelectorAll('.feedback-map[data-points]').forEach(publicMap);
  document.querySelectorAll('#report-map').forEach(singleMap);
})();
