/*
 * Maps of the feedback pages: the public map and a single report's place. Markers need no tiles, so the
 * map still shows the reports when the tile server cannot be reached.
 *
 * The public map (data-points: the GeoJSON address with the page's filters) first asks without a view and
 * gets one marker per commune with its count, and the extent of the matches to fit. From data-point-zoom
 * on, each move asks for the newest reports in the part in view (bbox and zoom; a request still running is
 * abandoned) and shows them clustered; zoomed out again, the communes come back. data-loaded holds how
 * many reports the map shows (or "error"), data-view "communes" or "points"; the element named by
 * data-note says what is shown, for everyone and for screen readers (aria-live).
 */
(function () {
  'use strict';

  var MOVE_DELAY_MS = 250;

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

  /** A message pattern of the page with {0}, {1}… replaced. */
  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(pattern || '').replace(/\{(\d+)\}/g, function (all, i) {
      return args[i] === undefined ? all : String(args[i]);
    });
  }

  function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
  }

  function publicMap(el) {
    var map = baseMap(el);
    var pointZoom = parseInt(el.dataset.pointZoom, 10);
    if (isNaN(pointZoom)) { pointZoom = 13; }
    var note = el.dataset.note ? document.getElementById(el.dataset.note) : null;
    var points = L.markerClusterGroup({ showCoverageOnHover: false });
    var communes = L.layerGroup();
    map.addLayer(points);
    map.addLayer(communes);
    var running = null;
    var timer = null;

    function say(text) {
      if (note) { note.textContent = text; }
    }

    function ask(query) {
      if (running) { running.abort(); }
      var controller = window.AbortController ? new AbortController() : { abort: function () {}, signal: undefined };
      running = controller;
      var base = el.dataset.points;
      var url = query ? base + (base.indexOf('?') < 0 ? '?' : '&') + query : base;
      return fetch(url, { headers: { Accept: 'application/json' }, signal: controller.signal })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
        .then(function (geo) {
          if (running === controller) { running = null; }
          return geo;
        });
    }

    function failed(e) {
      if (e && e.name === 'AbortError') { return; }
      el.dataset.loaded = 'error';
      say(el.dataset.textError || '');
    }

    function drawCommunes(geo) {
      points.clearLayers();
      communes.clearLayers();
      geo.features.forEach(function (f) {
        var p = f.properties;
        var latlng = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var count = document.createElement('span');
        count.textContent = String(p.count);
        var size = p.count >= 10000 ? 52 : p.count >= 1000 ? 46 : 40;
        var label = format(el.dataset.textCommune, p.name, p.count);
        var marker = L.marker(latlng, {
          title: label,
          keyboard: true,
          icon: L.divIcon({ className: 'feedback-commune', html: count, iconSize: [size, size] })
        });
        marker.on('add', function () {
          var icon = marker.getElement();
          if (icon) {
            icon.setAttribute('aria-label', label); // the name, not only the number inside
            icon.dataset.commune = p.commune;
            icon.dataset.count = String(p.count);
          }
        });
        // Enter on the focused marker clicks it too: into the commune, where its reports show one by one.
        marker.on('click', function () { map.setView(latlng, Math.max(pointZoom, map.getZoom() + 1)); });
        communes.addLayer(marker);
      });
      el.dataset.view = 'communes';
      el.dataset.loaded = String(geo.total);
      say(geo.total > 0 ? format(el.dataset.textCommunes, geo.total) : (el.dataset.textNone || ''));
    }

    function drawPoints(geo) {
      communes.clearLayers();
      points.clearLayers();
      var categories = geo.categories || {};
      var statuses = geo.statuses || {};
      var markers = geo.features.map(function (f) {
        var p = f.properties;
        var latlng = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var category = categories[p.category] || p.category;
        var statusText = statuses[p.status] || p.status;
        var popup = document.createElement('div');
        popup.appendChild(link(category + ' (' + p.code + ')', '/feedback/' + encodeURIComponent(p.code)));
        var status = document.createElement('div');
        status.textContent = statusText;
        popup.appendChild(status);
        var m = pin(latlng, p.code + ' — ' + category + ' — ' + statusText);
        m.bindPopup(popup);
        m.on('add', function () {
          var icon = m.getElement();
          if (icon) { icon.classList.add('feedback-pin-' + p.status); icon.dataset.code = p.code; }
        });
        return m;
      });
      points.addLayers(markers);
      el.dataset.view = 'points';
      el.dataset.loaded = String(geo.features.length);
      say(geo.truncated ? format(el.dataset.textTruncated, geo.features.length)
        : geo.features.length > 0 ? format(el.dataset.textPoints, geo.features.length) : (el.dataset.textNone || ''));
    }

    /** What the map shows now: the reports in view when zoomed in, else the communes. */
    function refresh() {
      var zoom = Math.round(map.getZoom());
      if (zoom >= pointZoom) {
        var b = map.getBounds();
        var box = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
          clamp(b.getNorth(), -90, 90)].map(function (v) { return v.toFixed(6); });
        ask('bbox=' + box.join(',') + '&zoom=' + clamp(zoom, 0, 19)).then(drawPoints).catch(failed);
      } else if (el.dataset.view !== 'communes') {
        ask('').then(drawCommunes).catch(failed);
      } else if (running) {
        running.abort(); // zoomed out while the points were coming: the communes shown stay
        running = null;
      }
    }

    map.on('moveend', function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, MOVE_DELAY_MS);
    });

    ask('').then(function (geo) {
      drawCommunes(geo);
      if (geo.bbox) {
        // Fitting moves the map; a close enough fit then asks for the reports themselves.
        map.fitBounds([[geo.bbox[1], geo.bbox[0]], [geo.bbox[3], geo.bbox[2]]], { maxZoom: 16, padding: [20, 20] });
        clearTimeout(timer); // also when the fit left the map where it was (no move, no moveend)
        timer = setTimeout(refresh, MOVE_DELAY_MS);
      }
    }).catch(failed);
  }

  function singleMap(el) {
    var map = baseMap(el);
    pin([parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)], el.dataset.title || '').addTo(map);
  }

  document.querySelectorAll('.feedback-map[data-points]').forEach(publicMap);
  document.querySelectorAll('#report-map').forEach(singleMap);
})();
