/*
 * A stand-in for Microsoft's office.js, served by the browser tests in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js (playwright page.route), with the
 * delay a test chooses. It defines what taskpane.html touches, and records what the page does:
 *
 * - CustomFunctions.associate records each function id it receives (window.__officeStandIn.registered);
 * - Office.onReady answers { host: "Excel" } on the next tick, as office.js does in Excel;
 * - Office.context.requirements.isSetSupported answers from the versions the test gives;
 * - Office.context.officeTheme is the theme the test gives; Office.context.document.addHandlerAsync
 *   accepts the OfficeThemeChanged event (or refuses it, like a host that does not support it),
 *   and window.__officeStandIn.changeTheme(background) fires it.
 *
 * - with a workbook in the configuration, Excel.run answers the reads the pane makes (the tables'
 *   names, sheets, values and addresses; the sheets' names) from it, and records each cell the
 *   pane selects (window.__officeStandIn.selections: { table, row, column }, row 0 the header).
 *   It writes nothing: a write fails, as Excel would for a request it does not know.
 *
 * A test sets window.__officeStandInConfig before this file (officeStandIn.ts prepends it):
 * { language, background, supported: { ExcelApi: "1.8", … }, themeEvent: false,
 *   workbook: { sheets: ["Membres", …], tables: [{ name, sheet, address, values }] } }.
 */
(function () {
  "use strict";
  var config = window.__officeStandInConfig || {};
  /** The highest version of each set the host supports; a set not listed is not supported. */
  var supported = Object.assign(
    { SharedRuntime: "1.2", CustomFunctionsRuntime: "1.4", ExcelApi: "1.17" },
    config.supported || {}
  );
  var registered = [];
  var themeHandlers = [];
  var theme = themeOf(config.background || "#ffffff");

  function themeOf(background) {
    var dark = background.toLowerCase() !== "#ffffff" && background.toLowerCase() !== "#f3f2f1";
    return {
      bodyBackgroundColor: background,
      bodyForegroundColor: dark ? "#ffffff" : "#000000",
      controlBackgroundColor: background,
      controlForegroundColor: dark ? "#ffffff" : "#000000",
    };
  }

  function versionParts(version) {
    return String(version || "1.1")
      .split(".")
      .map(function (part) {
        return parseInt(part, 10) || 0;
      });
  }

  /** Whether version a is at least version b ("1.10" is above "1.9"). */
  function atLeast(a, b) {
    var left = versionParts(a);
    var right = versionParts(b);
    for (var i = 0; i < Math.max(left.length, right.length); i++) {
      var l = left[i] || 0;
      var r = right[i] || 0;
      if (l !== r) return l > r;
    }
    return true;
  }

  function asyncResult(status, error) {
    return { status: status, error: error || null, value: undefined };
  }

  window.Office = {
    HostType: { Excel: "Excel" },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      OfficeThemeChanged: "officeThemeChanged",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: config.language || "fr-FR",
      get officeTheme() {
        return theme;
      },
      requirements: {
        isSetSupported: function (name, minVersion) {
          return Object.prototype.hasOwnProperty.call(supported, name)
            ? atLeast(supported[name], minVersion)
            : false;
        },
      },
      document: {
        addHandlerAsync: function (eventType, handler, callback) {
          var accepted = eventType === "officeThemeChanged" && config.themeEvent !== false;
          if (accepted) themeHandlers.push(handler);
          var result = accepted
            ? asyncResult("succeeded")
            : asyncResult("failed", { code: 5001, name: "Internal Error", message: "Unsupported" });
          if (typeof callback === "function") setTimeout(callback, 0, result);
        },
        removeHandlerAsync: function (eventType, options, callback) {
          if (eventType === "officeThemeChanged") themeHandlers.length = 0;
          var done = typeof options === "function" ? options : callback;
          if (typeof done === "function") setTimeout(done, 0, asyncResult("succeeded"));
        },
      },
    },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "PC" };
      var ready = new Promise(function (resolve) {
        setTimeout(resolve, 0, info);
      });
      if (typeof callback === "function") ready.then(callback);
      return ready;
    },
  };

  function CustomFunctionError(code, message) {
    this.code = code;
    this.message = message;
  }

  window.CustomFunctions = {
    associate: function (id) {
      registered.push(String(id));
    },
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };

  var selections = [];

  /** An object Office.js would fill at sync: here filled at once; load() and untrack() chain. */
  function loaded(properties) {
    var object = Object.assign({}, properties);
    object.load = function () {
      return object;
    };
    object.untrack = function () {
      return object;
    };
    return object;
  }

  function tableProxy(table) {
    var range = loaded({ values: table.values, address: table.address });
    range.getCell = function (row, column) {
      return {
        select: function () {
          selections.push({ table: table.name, row: row, column: column });
        },
      };
    };
    return loaded({
      name: table.name,
      worksheet: loaded({ name: table.sheet, activate: function () {} }),
      getRange: function () {
        return range;
      },
    });
  }

  if (config.workbook) {
    var book = config.workbook;
    window.Excel = {
      run: function (batch) {
        var tables = book.tables.map(tableProxy);
        var context = {
          workbook: {
            tables: loaded({
              items: tables,
              getItem: function (name) {
                var found = tables.find(function (table) {
                  return table.name === name;
                });
                if (!found) throw new Error("ItemNotFound: " + name);
                return found;
              },
            }),
            worksheets: loaded({
              items: book.sheets.map(function (name) {
                return { name: name };
              }),
            }),
          },
          sync: function () {
            return Promise.resolve();
          },
        };
        return Promise.resolve().then(function () {
          return batch(context);
        });
      },
    };
  }

  window.__officeStandIn = {
    registered: registered,
    selections: selections,
    themeHandlerCount: function () {
      return themeHandlers.length;
    },
    changeTheme: function (background) {
      theme = themeOf(background);
      themeHandlers.slice().forEach(function (handler) {
        handler({ type: "officeThemeChanged", officeTheme: theme });
      });
    },
  };
})();
