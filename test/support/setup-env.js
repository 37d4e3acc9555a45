// Jest sees the app as a mock-mode H5 build with a fixed "today" unless a test says otherwise.
process.env.TARO_ENV = process.env.TARO_ENV || 'h5'
process.env.TARO_APP_API_MODE = process.env.TARO_APP_API_MODE || 'mock'
