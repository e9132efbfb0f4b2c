/*
 * The report form: a pin placed by a tap on the map (and dragged), by the device's location or typed
 * as coordinates; once a place and a category are chosen, open reports of the same category nearby
 * are listed so the citizen can follow one instead of sending it again (a guest or a hotline operator,
 * who follow nothing, gets the links only: the list has no data-follow then). Shared by the citizen's,
 * the guest's and the hotline forms.
 */
(function () {
  'use strict';

  var el = document.getElementById('pick-map');
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var category = document.getElementById('category');
  var nearby = document.getElementById('nearby');
  var status = document.getElementById('location-status');
  if (!el || !lat || !lon) {
    return;
  }
  var csrfHeader = document.querySelector('meta[name="csrf-header"]');
  var csrfToken = document.querySelector('meta[name="csrf-token"]');

  var map = L.map(el, { scrollWheelZoom: false })
    .setView([parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)], parseInt(el.dataset.zoom, 10) || 12);
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
  }
  var marker = null;

  function round(x) {
    return Math.round(x * 1e6) / 1e6;
  }

  function place(latlng, fromFields) {
    if (!marker) {
      marker = L.marker(latlng, {
        draggable: true,
        keyboard: true,
        title: el.dataset.pinTitle || '',
        icon: L.divIcon({ className: 'feedback-pin feedback-pin-new', iconSize: [22, 22], iconAnchor: [11, 22] })
      }).addTo(map);
      marker.on('dragend', function () { place(marker.getLatLng(), false); });
    } else {
      marker.setLatLng(latlng);
    }
    if (!fromFields) {
      lat.value = round(latlng.lat);
      lon.value = round(latlng.lng);
    }
    el.dataset.pinned = 'true';
    suggest();
  }

  function fromFields() {
    var a = parseFloat(lat.value.replace(',', '.'));
    var b = parseFloat(lon.value.replace(',', '.'));
    if (isFinite(a) && isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180) {
      place(L.latLng(a, b), true);
      map.panTo([a, b]);
    }
  }

  map.on('click', function (e) { place(e.latlng, false); });
  lat.addEventListener('change', fromFields);
  lon.addEventListener('change', fromFields);
  if (lat.value && lon.value) {
    fromFields();
  }

  var locate = document.getElementById('use-my-location');
  if (locate) {
    if (!navigator.geolocation) {
      locate.hidden = true;
    }
    locate.addEventListener('click', function () {
      status.textContent = '…';
      navigator.geolocation.getCurrentPosition(function (pos) {
        var latlng = L.latLng(pos.coords.latitude, pos.coords.longitude);
        place(latlng, false);
        map.setView(latlng, 17);
        status.textContent = lat.value + ', ' + lon.value;
      }, function (err) {
        status.textContent = err.message;
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }

  function follow(code, button) {
    var headers = { Accept: 'application/json' };
    if (csrfHeader && csrfToken) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    fetch('/api/v1/feedback/reports/' + encodeURIComponent(code) + '/follow', { method: 'POST', headers: headers })
      .then(function (r) {
        if (r.ok) {
          button.disabled = true;
          button.textContent = nearby.dataset.followed;
        }
      });
  }

  function suggest() {
    if (!nearby || !category.value || !lat.value || !lon.value) {
      return;
    }
    var url = '/api/v1/feedback/reports/nearby?lat=' + encodeURIComponent(lat.value) + '&lon='
      + encodeURIComponent(lon.value) + '&category=' + encodeURIComponent(category.value);
    fetch(url, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) {
        nearby.textContent = '';
        nearby.hidden = list.length === 0;
        if (list.length === 0) {
          return;
        }
        var h = document.createElement('h2');
        h.className = 'h6';
        h.textContent = nearby.dataset.title;
        nearby.appendChild(h);
        var ul = document.createElement('ul');
        ul.className = 'list-group';
        list.forEach(function (s) {
          var li = document.createElement('li');
          li.className = 'list-group-item';
          var a = document.createElement('a');
          a.href = '/feedback/' + encodeURIComponent(s.code);
          a.textContent = s.code;
          li.appendChild(a);
          var text = document.createElement('span');
          text.className = 'd-block small';
          text.textContent = s.description + ' (' + nearby.dataset.metres.replace('{0}', Math.round(s.metres)) + ')';
          li.appendChild(text);
          if (nearby.dataset.follow) {
            var b = document.createElement('button');
            b.type = 'button';
            b.className = 'btn btn-sm btn-outline-primary mt-1 follow-nearby';
            b.textContent = nearby.dataset.follow;
            b.dataset.code = s.code;
            b.addEventListener('click', function () { follow(s.code, b); });
            li.appendChild(b);
          }
          ul.appendChild(li);
        });
        nearby.appendChild(ul);
      });
  }

  category.addEventListener('change', suggest);
})();
